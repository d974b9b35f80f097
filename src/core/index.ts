import { VFile } from 'vfile';
import { readDraftShape, signedInline, type DraftShape } from './draft/shape.js';
import { assignSections } from './draft/sections.js';
import { describeValue, type ConfigProblem } from './config/problems.js';
import { ruleSetFor, runRules, RULES, type RuleFinding } from './engine.js';
import { draftDiagnostics } from './diagnostics.js';
import { askTypeCodes, asksOf, type DraftAsk } from './asks/index.js';
import { prepareAskVocabulary } from './asks/vocabulary.js';
import { inferKind, prepareKindCues } from './kind.js';
import type { DraftContext } from './rule-types/context.js';
import { parseBlock } from './text/parse.js';
import { countWhile, DEFAULT_CACHE_BYTES, ProseCache, type BlockEdit, type ProseBlock } from './text/prose-cache.js';
import { sentencesOf, type Sentence } from './text/sentences.js';
import { limitName } from './rule-types/metric.js';
import { checklistOf, readyForMissing } from './post-pass.js';
import { countDraft } from './stats.js';
import { localToday, parseIsoDate } from './schedule/dates.js';
import {
  DEFAULT_BUDGET_MS,
  type Ask,
  MESSAGE_KINDS,
  type Diagnostic,
  type DraftFormat,
  type LintOptions,
  type LintResult,
  type MessageKind,
  type Severity,
} from './types.js';

/** A greeting as chat writes it: exclaimed ("Hi Marcus!") or with an emoji ("Hi Bob 👋,"); email greets with a comma. */
const CHAT_GREETING = /!\s*$|\p{Extended_Pictographic}/u;
/** A subject that answers or forwards a message ("Re: our call", "RE:", "Fwd: …", "Fw: …"). */
const REPLY_SUBJECT = /^\s*(re|fwd?)\s*:/i;

/** A greeting to a group ("Hey guys!", "Hi all!") opens a post or a group email, not a note to one person. */
const GROUP_GREETING = /\b(?:guys|all|everyone|everybody|folks|team|y'?all|friends)\b/i;

export * from './types.js';
export { applyFix, describeFixAll, expandSnippet, fixAll, fixAllEdits, hasPlaceholders, isSafeForFixAll } from './apply.js';
export { looksLikeDraft, splitForSending, type Outgoing } from './draft/sending.js';
export type { RuleData } from './rule-data.js';
export { CONVERSATION_DATES, dateRecordedBySending, frontMatterDateEdit, readConversation, type ConversationDate, type ConversationFields } from './draft/conversation.js';
export * from './schedule/index.js';
export { describeAsk, describeAsks } from './asks/describe.js';
export { fillTemplate, templateFillerFor, personFrontMatter, templateFieldValue, yamlValue } from './draft/template-fields.js';
export { draftFactors, type Factor, type FactorId, type FactorInput, type FactorRange } from './factors/index.js';
export { RULES };

export { ruleDocPath } from './diagnostics.js';

/**
 * Lints one outreach draft: text in, findings out; never touches the network or the
 * file system. Parses and compiled rule sets are kept in bounded caches between calls
 * (the result is the same with or without them). Problems in `options.config` and the
 * draft's front matter are reported in `problems` (and, as plain messages,
 * `configProblems`), and the valid part of the config is used: no config value makes it throw.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintText(requireText(text), options, options.format ?? 'plaintext');
}

/**
 * Lints a vfile and adds the findings to it as vfile messages, as retext plugins
 * do (`ruleId`, `source`, `actual`, `expected`, `note`, `url`; `fatal` for errors).
 * The plain result is kept in `file.data.outreach`.
 */
export function lintFile(file: VFile, options: LintOptions = {}): VFile {
  const result = lintText(String(file.value ?? ''), options, options.format ?? formatOf(file));
  for (const diagnostic of result.diagnostics) addMessage(file, diagnostic);
  file.data.outreach = result;
  return file;
}

/**
 * Parsed blocks are kept between calls, so re-linting after an edit re-parses only what
 * changed. One cache serves every document of the process (the editor's open drafts
 * share it), bounded by an estimate of its bytes; the least recently used go first.
 */
const proseCache = new ProseCache(DEFAULT_CACHE_BYTES);

/** Sets how many bytes (estimated) the parse cache may hold; 0 keeps nothing between lints. */
export function setCacheLimit(bytes: number): void {
  if (typeof bytes === 'number' && bytes >= 0) proseCache.setLimit(bytes);
}

/** The estimated bytes the parse cache holds now (for the bench and status views). */
export function cacheBytes(): number {
  return proseCache.bytes;
}

const PARSE_SHARE = 0.7;
/** Kind inference reads the opening of a message; a long document need not be read to the end. */
const KIND_CUE_SENTENCES = 40;

function lintText(text: string, options: LintOptions, format: DraftFormat): LintResult {
  if (options.kind !== undefined && !MESSAGE_KINDS.includes(options.kind)) {
    throw new TypeError(`kind must be one of ${MESSAGE_KINDS.join(', ')}; got ${JSON.stringify(options.kind)}`);
  }
  if (options.today !== undefined && (typeof options.today !== 'string' || !parseIsoDate(options.today))) {
    throw new TypeError(`today must be a date as YYYY-MM-DD; got ${JSON.stringify(options.today)}`);
  }
  // The rules and vocabularies are compiled once per process (and the rules per config):
  // the time budget bounds the work a draft makes, so its clock starts after them.
  const set = ruleSetFor(options.config);
  prepareAskVocabulary();
  prepareKindCues();
  const startedAt = Date.now();
  const budgetMs = budgetOf(options.budgetMs);
  // How the text differs from the previous lint's, found once for the shape and the parse.
  const change = proseCache.changeFrom(text);
  const shape = readDraftShape(text, { change, remember: proseCache.keepsText });
  // Parsing gets most of the budget; matching and building findings come after it.
  const parsed = proseCache.parse(text, shape.ignored, format, budgetMs === Infinity ? Infinity : startedAt + PARSE_SHARE * budgetMs, change);
  const subject = shape.subject ? sentencesOf(parseBlock(shape.subject.value, 'plaintext').tree, shape.subject.value, shape.subject.start) : [];
  for (const sentence of subject) sentence.section = 'subject';
  // An edit that left every kept block's sections as they were lets the counts, asks and rules splice what they made of the previous lint.
  const edit = assignSections(parsed.blocks, shape, parsed.edit) ? undefined : parsed.edit;
  // A long document has thousands of sentences: copied only when the subject comes first (the list is read-only).
  const sentences = subject.length > 0 ? [...subject, ...parsed.sentences] : parsed.sentences;

  const problems: ConfigProblem[] = [...set.problems];
  const counts = countDraft(parsed.blocks, edit);
  // An empty draft is not a short one: its length says nothing yet about what it will be.
  const hasBody = sentences.some((sentence) => sentence.section === 'body');
  const greeting = shape.greeting && text.slice(shape.greeting.start, shape.greeting.end);
  const kind =
    options.kind ??
    frontMatterKind(shape, problems) ??
    set.kind ??
    inferKind({
      sentences: sentences.slice(0, KIND_CUE_SENTENCES),
      asks: asksOf({ sentences, blocks: parsed.blocks, edit }),
      askTypes: askTypeCodes({ sentences, blocks: parsed.blocks, edit }),
      hasSubject: shape.subject !== undefined,
      replySubject: shape.subject !== undefined && REPLY_SUBJECT.test(shape.subject.value),
      formalGreeting: greeting !== undefined && /^\s*dear\b/i.test(greeting),
      chatGreeting: greeting !== undefined && CHAT_GREETING.test(greeting) && !GROUP_GREETING.test(greeting),
      signedInline: signedInline(text, shape),
      hasClosing: shape.closing !== undefined,
      proseCharacters: hasBody ? counts.characters : Infinity,
    });

  const eol = lineEndOf(text);
  const today = options.today ?? localToday();
  const context: DraftContext = { text, shape, sentences, kind, eol, hidden: parsed.hidden, blocks: parsed.blocks, today, counts, edit };
  // Judging what a draft lacks needs all of it, and a message: an empty reply or a
  // list of questions to ask in the talk is not missing a time ask.
  const wholeDraft = parsed.complete && looksLikeMessage(shape, parsed.sentences);
  const results = runRules(set, context, parsed.blocks, subject, wholeDraft, budgetMs === Infinity ? Infinity : startedAt + budgetMs);
  const complete = results.complete;
  const judged = wholeDraft && complete;
  const all = draftDiagnostics(results, text, kind, shape.frontMatter?.data, edit);
  // While the writer types, nothing is missing from a draft that has no sign-off yet; a finished draft is judged whole.
  const ready = !options.whileTyping || readyForMissing(shape, hasBody);
  // The rules that apply to this draft are the engine's active ones (its kind, what it asks for).
  const checkable = set.rules.filter((rule, i) => results.active[i] && MISSING_LINE_RULES.has(rule.id)).map((rule) => rule.id);
  return {
    kind,
    diagnostics: ready ? all : all.filter((diagnostic) => !diagnostic.missing),
    configProblems: problems.map((problem) => problem.message),
    problems,
    complete: parsed.complete && complete,
    stats: {
      ...counts,
      targetWords: { min: set.lengths[limitName(kind, 'Min')] ?? 0, max: set.lengths[limitName(kind, 'Max')] ?? 0 },
      maxNoteCharacters: set.lengths.linkedinNoteMaxCharacters ?? 0,
      maxReadingGrade: set.readingLevel.maxGrade ?? 0,
    },
    asks: publishedAsks(asksOf(context), parsed.blocks, edit),
    checklist: judged ? checklistOf(checkable, missingLines(results.whole)) : [],
  };
}

/** By a lint's blocks, its asks, how many of them the subject makes, and the result's list of them. */
const publishedLists = new WeakMap<readonly ProseBlock[], { asks: readonly DraftAsk[]; fromSubject: number; published: Ask[] }>();

/**
 * The asks as the result gives them. After an edit, the blocks' asks that stand before it
 * are the same objects as in the previous lint, and so is their part of its list: only
 * the subject's (read on every lint) and the rest are made.
 */
function publishedAsks(asks: readonly DraftAsk[], blocks: readonly ProseBlock[], edit: BlockEdit | undefined): Ask[] {
  let fromSubject = 0;
  while (fromSubject < asks.length && asks[fromSubject].sentence.section === 'subject') fromSubject++;
  const published = asks.slice(0, fromSubject).map(publicAsk);
  const last = edit && publishedLists.get(edit.previous);
  let unmoved = 0;
  if (last) {
    const editStart = blocks[edit.first]?.start ?? Infinity;
    const before = countWhile(asks.length - fromSubject, (i) => asks[fromSubject + i].start < editStart);
    while (unmoved < before && asks[fromSubject + unmoved] === last.asks[last.fromSubject + unmoved]) unmoved++;
    for (let i = 0; i < unmoved; i++) published.push(last.published[last.fromSubject + i]);
  }
  for (let i = fromSubject + unmoved; i < asks.length; i++) published.push(publicAsk(asks[i]));
  publishedLists.set(blocks, { asks, fromSubject, published });
  // The caller may change its list; the kept one must stay as it was.
  return published.slice();
}

/** Each ask as the result gives it, made again only when the ask has moved: a long document has thousands. */
function publicAsk(ask: DraftAsk): Ask {
  const known = ask.published;
  if (known && known.start === ask.start && known.cue.start === ask.cueStart) return known;
  const { type, start, end, cueStart, cueEnd, minutes } = ask;
  const made: Ask = { type, start, end, cue: { start: cueStart, end: cueEnd } };
  if (minutes !== undefined) made.minutes = minutes;
  if (ask.lookedBack) made.lookedBack = true;
  ask.published = made;
  return made;
}

/**
 * The rules that found a line missing. Only rules that read the whole draft can (a block
 * says nothing of what the rest lacks), so their few findings are read, not every block's.
 */
const missingLines = (whole: readonly RuleFinding[]): Set<string> => new Set(whole.filter((finding) => finding.start === finding.end).map((finding) => finding.rule.id));

/** The rules that can report a missing line: they carry the line to insert. Found once, not on every lint. */
const MISSING_LINE_RULES: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.insert !== undefined).map((rule) => rule.id));

/** The draft's own line end, for lines a fix inserts: CRLF, CR, LF, or U+2028 / U+2029 in a draft that uses only those. */
function lineEndOf(text: string): string {
  if (/\r\n/.test(text)) return '\r\n';
  if (/\r/.test(text)) return '\r';
  if (/\n/.test(text)) return '\n';
  const separator = /[\u2028\u2029]/.exec(text);
  return separator ? separator[0] : '\n';
}

/** Share of questions above which text with no greeting or sign-off reads as a list of questions. */
const QUESTION_LIST_SHARE = 0.8;

function looksLikeMessage(shape: DraftShape, prose: Sentence[]): boolean {
  if (prose.length === 0) return false;
  if (shape.greeting || shape.closing || prose.length < 3) return true;
  return prose.filter((sentence) => sentence.isQuestion).length / prose.length < QUESTION_LIST_SHARE;
}

/** The budget in milliseconds: Infinity (or any value that is not a positive number of ms) lints the whole draft when asked for. */
function budgetOf(budgetMs: unknown): number {
  if (budgetMs === undefined) return DEFAULT_BUDGET_MS;
  return typeof budgetMs === 'number' && budgetMs > 0 ? budgetMs : DEFAULT_BUDGET_MS;
}

function requireText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`lint() expects the draft as a string; got ${text === null ? 'null' : typeof text}`);
  return text;
}

function formatOf(file: VFile): DraftFormat {
  return file.extname && /^\.(md|markdown|mdown|mkd)$/i.test(file.extname) ? 'markdown' : 'plaintext';
}

function frontMatterKind(shape: DraftShape, problems: ConfigProblem[]): MessageKind | undefined {
  const frontMatter = shape.frontMatter;
  if (!frontMatter) return undefined;
  if (frontMatter.error) problems.push({ origin: 'front-matter', message: frontMatter.error });
  const kind = Object.prototype.hasOwnProperty.call(frontMatter.data, 'kind') ? frontMatter.data.kind : undefined;
  if (kind === undefined) return undefined;
  if (MESSAGE_KINDS.includes(kind as MessageKind)) return kind as MessageKind;
  // Described, never serialized: the value may be a YAML alias that expands to gigabytes.
  problems.push({ origin: 'front-matter', message: `front matter "kind" must be one of ${MESSAGE_KINDS.join(', ')}; got ${describeValue(kind)}` });
  return undefined;
}

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

/**
 * A finding as a vfile message (ruleId, place, actual, expected, note, url; fatal by
 * severity, as retext plugins set it). Front ends with their own `source`, `expected`
 * or `url` pass them in.
 */
export function addMessage(file: VFile, diagnostic: Diagnostic, own: { source?: string; expected?: string[]; url?: string } = {}): void {
  const message = file.message(diagnostic.message, {
    place: {
      start: { line: diagnostic.line, column: diagnostic.column, offset: diagnostic.start },
      end: { line: diagnostic.endLine, column: diagnostic.endColumn, offset: diagnostic.end },
    },
    ruleId: diagnostic.ruleId,
    source: own.source ?? 'outreach',
  });
  message.fatal = FATAL[diagnostic.severity];
  message.actual = diagnostic.actual;
  message.expected = 'expected' in own ? own.expected : diagnostic.expected;
  message.note = diagnostic.note;
  message.url = own.url ?? diagnostic.url;
}
export * from './config/index.js';
