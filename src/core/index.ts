import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { maskIgnored, readDraftShape, type DraftShape } from './draft/shape.js';
import { ruleSetFor, runRules, RULES, type RuleFinding } from './engine.js';
import { inferKind } from './kind.js';
import type { DraftContext } from './rule-types/context.js';
import { parseBlock } from './text/parse.js';
import { ProseCache } from './text/prose-cache.js';
import { sentencesOf, type Section, type Sentence } from './text/sentences.js';
import { limitName } from './rule-types/metric.js';
import { localToday, parseIsoDate } from './schedule/dates.js';
import {
  DEFAULT_BUDGET_MS,
  MESSAGE_KINDS,
  type Diagnostic,
  type DraftFormat,
  type LintOptions,
  type LintResult,
  type MessageKind,
  type Severity,
} from './types.js';

export * from './types.js';
export { applyFix, expandSnippet, fixAll, fixAllEdits, hasPlaceholders } from './apply.js';
export type { RuleData } from './rule-data.js';
export { CONVERSATION_DATES, dateRecordedBySending, frontMatterDateEdit, readConversation, type ConversationDate, type ConversationFields } from './draft/conversation.js';
export * from './schedule/index.js';
export { RULES };

/** Documentation of each rule ships in the package; links are relative to its root. */
export const ruleDocPath = (ruleId: string): string => `docs/rules/${ruleId}.md`;

/**
 * Lints one outreach draft. Pure: text in, findings out; never touches the
 * network or the file system. Problems in `options.config` are reported in
 * `configProblems`, and the valid part of the config is used.
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

/** Parsed blocks are kept between calls, so re-linting after an edit re-parses only what changed. */
const proseCache = new ProseCache();
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
  const startedAt = Date.now();
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const set = ruleSetFor(options.config);
  const shape = readDraftShape(text);
  const masked = maskIgnored(text, shape.ignored);
  // Parsing gets most of the budget; matching and building findings come after it.
  const parsed = proseCache.parse(masked, format, startedAt + PARSE_SHARE * budgetMs);
  const subject = shape.subject ? sentencesOf(parseBlock(shape.subject.value, 'plaintext').tree, shape.subject.value, shape.subject.start) : [];
  for (const sentence of subject) sentence.section = 'subject';
  for (const sentence of parsed.sentences) sentence.section = sectionOf(sentence, shape);
  const sentences = [...subject, ...parsed.sentences];

  const problems = [...set.problems];
  const prose = parsed.sentences;
  const characters = prose.length > 0 ? prose[prose.length - 1].end - prose[0].start : 0;
  const kind =
    options.kind ??
    frontMatterKind(shape, problems) ??
    set.kind ??
    inferKind(sentences.slice(0, KIND_CUE_SENTENCES), shape.subject !== undefined, characters);

  const eol = /\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n';
  const today = options.today ?? localToday();
  const context: DraftContext = { text, shape, sentences, kind, eol, hidden: parsed.hidden, blocks: parsed.blocks, today };
  // Judging what a draft lacks needs all of it, and a message: an empty reply or a
  // list of questions to ask in the talk is not missing a time ask.
  const wholeDraft = parsed.complete && looksLikeMessage(shape, parsed.sentences);
  const { findings, complete } = runRules(set, context, parsed.blocks, subject, wholeDraft, startedAt + budgetMs);
  const place = location(text);
  const words = prose.reduce((count, sentence) => count + sentence.tokens.length, 0);
  return {
    kind,
    diagnostics: findings.map((finding) => toDiagnostic(finding, kind, place)),
    configProblems: problems,
    complete: parsed.complete && complete,
    stats: {
      words,
      characters,
      targetWords: { min: set.lengths[limitName(kind, 'Min')] ?? 0, max: set.lengths[limitName(kind, 'Max')] ?? 0 },
      maxNoteCharacters: set.lengths.linkedinNoteMaxCharacters ?? 0,
    },
  };
}

/** Share of questions above which text with no greeting or sign-off reads as a list of questions. */
const QUESTION_LIST_SHARE = 0.8;

function looksLikeMessage(shape: DraftShape, prose: Sentence[]): boolean {
  if (prose.length === 0) return false;
  if (shape.greeting || shape.closing || prose.length < 3) return true;
  return prose.filter((sentence) => sentence.isQuestion).length / prose.length < QUESTION_LIST_SHARE;
}

/** A sentence belongs to the greeting or closing only if it is no longer than that line. */
function sectionOf(sentence: Sentence, shape: DraftShape): Section {
  const within = (span?: { start: number; end: number }) => span !== undefined && sentence.start >= span.start && sentence.start < span.end;
  if (within(shape.greeting) && sentence.end <= shape.greeting!.end + 1) return 'greeting';
  if (within(shape.closing)) return 'closing';
  return 'body';
}

function requireText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`lint() expects the draft as a string; got ${text === null ? 'null' : typeof text}`);
  return text;
}

function formatOf(file: VFile): DraftFormat {
  return file.extname && /^\.(md|markdown|mdown|mkd)$/i.test(file.extname) ? 'markdown' : 'plaintext';
}

function frontMatterKind(shape: DraftShape, problems: string[]): MessageKind | undefined {
  const frontMatter = shape.frontMatter;
  if (!frontMatter) return undefined;
  if (frontMatter.error) problems.push(frontMatter.error);
  const kind = frontMatter.data.kind;
  if (kind === undefined) return undefined;
  if (MESSAGE_KINDS.includes(kind as MessageKind)) return kind as MessageKind;
  problems.push(`front matter "kind" must be one of ${MESSAGE_KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
  return undefined;
}

function toDiagnostic(finding: RuleFinding, kind: MessageKind, place: ReturnType<typeof location>): Diagnostic {
  const start = place.toPoint(finding.start);
  const end = place.toPoint(finding.end);
  const diagnostic: Diagnostic = {
    ruleId: finding.rule.id,
    severity: (!finding.rule.userSeverity && finding.severity) || finding.rule.severityFor(kind),
    message: finding.message,
    start: finding.start,
    end: finding.end,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    note: finding.rule.note,
    url: ruleDocPath(finding.rule.id),
    // Findings are kept between lints and move with the text; callers get their own copies.
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit })) })),
  };
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (finding.expected !== undefined) diagnostic.expected = finding.expected;
  if (finding.rule.example !== undefined) diagnostic.example = finding.rule.example;
  return diagnostic;
}

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

function addMessage(file: VFile, diagnostic: Diagnostic): void {
  const message = file.message(diagnostic.message, {
    place: {
      start: { line: diagnostic.line, column: diagnostic.column, offset: diagnostic.start },
      end: { line: diagnostic.endLine, column: diagnostic.endColumn, offset: diagnostic.end },
    },
    ruleId: diagnostic.ruleId,
    source: 'outreach',
  });
  message.fatal = FATAL[diagnostic.severity];
  message.actual = diagnostic.actual;
  message.expected = diagnostic.expected;
  message.note = diagnostic.note;
  message.url = diagnostic.url;
}
export { CONFIG_FILE_NAMES, parseConfigFile } from './config-file.js';
export { resolveConfig } from './config.js';
