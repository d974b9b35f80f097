import { clauseAround, gapBefore, spansSentence } from '../asks/clauses.js';
import { ASK_TYPES, keptAsksOf, readSentenceAsks } from '../asks/read.js';
import { FIX_ACTIONS, type FixData, type PatternData, type RuleData } from '../rule-data.js';
import { linkNames, linksIn, type Link } from '../text/links.js';
import { READER_WORDS } from '../text/pronouns.js';
import type { Sentence } from '../text/sentences.js';
import type { Fix } from '../types.js';
import type { RuleBehaviour, DraftContext, Finding, RuleMatch } from './context.js';
import { appendToClause, escapeSnippet, removeSentence, removeSpan, replaceSpan, rewriteClause } from './edits.js';
import type { RuleOptions } from './options.js';
import { patternKeyProblems, ruleType } from './rule-type.js';

/**
 * `phrase`: flags sentences that say something the guidance rules out.
 * Each pattern group has phrases, optional `when`/`unless` conditions on the same
 * sentence and replacements; at most one finding per sentence per rule.
 */
export interface PhraseRuleData extends RuleData {
  patterns: PatternData[];
  /** Used when a negation stands just before the match ("I'm not asking for a job"). */
  negatedMessage?: string;
  /** `opening`: only the opening of the body counts (how a message starts). */
  scope?: 'anywhere' | 'opening';
  /** A match right after a negation does not count ("I'm not ready to send my CV"). */
  skipNegated?: boolean;
  /**
   * Words naming a file the rule is about, shared as a link or attachment in the prose
   * ("[Resume](https://…)", "CV: drive.google.com/…/cv.pdf"): a link to one is flagged
   * as the phrases are, unless its sentence is flagged already. A signature's links are
   * the writer's standing details, not something sent with this message.
   */
  linkedFiles?: string[];
  fixes?: FixData[];
}

type Role = { pattern: number; role: 'main' | 'when' | 'unless' };

/** Words that, just before a phrase, turn it into a denial that still raises the subject. */
const NEGATIONS = new Set(['not', 'never', 'no', 'cannot', 'without', 'rather', 'instead']);
/** How many body sentences make the opening: the greeting's first line and the one after it. */
const OPENING_SENTENCES = 2;
const NEGATION_WINDOW = 3;

/**
 * `keepAsks`: a sentence that also asks for a talk, advice, an introduction or a connection
 * in other words is not offered for removal ("I've attached my resume and would love 15
 * minutes to hear how you started"): the fix would lose that ask.
 */
export function compilePhraseRule(data: PhraseRuleData, options: RuleOptions, keepAsks = false): RuleBehaviour {
  const phrases: string[] = [];
  const roles: Role[] = [];
  const patterns: PatternData[] = [...data.patterns];
  if (options.extraPhrases.length > 0) patterns.push({ phrases: options.extraPhrases });
  patterns.forEach((pattern, index) => {
    for (const phrase of pattern.phrases) (phrases.push(phrase), roles.push({ pattern: index, role: 'main' }));
    for (const phrase of pattern.when ?? []) (phrases.push(phrase), roles.push({ pattern: index, role: 'when' }));
    for (const phrase of pattern.unless ?? []) (phrases.push(phrase), roles.push({ pattern: index, role: 'unless' }));
  });

  const findingsFor = (context: DraftContext, matches: RuleMatch[]) =>
    findPhrases(context, matches, roles, patterns)
      .filter((hit) => !(data.skipNegated && isNegated(hit.match)))
      .map((hit) => toFinding(context, data, hit, keepAsks));
  if (data.scope === 'opening') {
    // How the message opens depends on the whole draft, so this is not kept per block.
    return {
      phrases,
      check: (context, matches) => {
        const opening = openingSentences(context);
        return findingsFor(context, matches.filter((match) => opening.includes(match.sentence)));
      },
    };
  }
  if (!data.linkedFiles) return { phrases, checkBlock: (context, _block, matches) => findingsFor(context, matches), check: findingsFor };
  const files = new Set(data.linkedFiles.map((word) => word.toLowerCase()));
  const linkFinding = (context: DraftContext, link: Link): Finding => {
    const actual = context.text.slice(link.start, link.end);
    return { start: link.start, end: link.end, message: data.message.replace('{actual}', actual), actual, fixes: [removeSpan(context, link)] };
  };
  return {
    phrases,
    checkBlock: (context, block, matches) => {
      const found = findingsFor(context, matches);
      const end = block.start + block.text.length;
      const flagged = (link: Link) => {
        const sentence = block.sentences.find((candidate) => link.start >= candidate.start && link.start < candidate.end);
        return sentence !== undefined && found.some((finding) => finding.start >= sentence.start && finding.start < sentence.end);
      };
      const linked = linksIn(context.text, block.start, end).filter((link) => linkNames(link, files) && !flagged(link));
      return [...found, ...linked.map((link) => linkFinding(context, link))].sort((a, b) => a.start - b.start);
    },
    check: findingsFor,
  };
}

function openingSentences(context: DraftContext): Sentence[] {
  const opening: Sentence[] = [];
  for (const sentence of context.sentences) {
    if (opening.length === OPENING_SENTENCES) break;
    if (sentence.section === 'body') opening.push(sentence);
  }
  return opening;
}

interface PhraseHit {
  match: RuleMatch;
  pattern: PatternData;
}

/** The first qualifying match in each sentence, honouring `when` and `unless`. */
function findPhrases(context: DraftContext, matches: RuleMatch[], roles: Role[], patterns: PatternData[]): PhraseHit[] {
  if (matches.length === 0) return [];
  const bySentence = new Map<Sentence, RuleMatch[]>();
  for (const match of matches) {
    const list = bySentence.get(match.sentence);
    if (list) list.push(match);
    else bySentence.set(match.sentence, [match]);
  }
  const hits: PhraseHit[] = [];
  for (const [, sentenceMatches] of bySentence) {
    const present = (pattern: number, role: Role['role']) =>
      sentenceMatches.some((match) => roles[match.phraseIndex].pattern === pattern && roles[match.phraseIndex].role === role);
    const qualifying = sentenceMatches
      .filter((match) => {
        const { pattern, role } = roles[match.phraseIndex];
        if (role !== 'main') return false;
        if (patterns[pattern].when && !present(pattern, 'when')) return false;
        // Checked here, not after choosing, so a group limited to asks does not hide another group's match.
        // A pitch is the writer's own statement ("I can start immediately"): it asks the reader for nothing urgent.
        const inAsks = patterns[pattern].inAsks;
        if (inAsks && !readSentenceAsks(match.sentence).some((ask) => ask.form !== 'pitch' && (inAsks === true || inAsks.includes(ask.type)))) return false;
        return !present(pattern, 'unless');
      })
      .sort((a, b) => a.start - b.start || b.end - a.end);
    if (qualifying.length > 0) hits.push({ match: qualifying[0], pattern: patterns[roles[qualifying[0].phraseIndex].pattern] });
  }
  return hits.sort((a, b) => a.match.start - b.match.start);
}

/** A negation stands just before the match ("not", "never", "won't"). */
export function isNegated(match: RuleMatch): boolean {
  const tokens = match.sentence.tokens;
  for (let i = match.from - 1; i >= Math.max(0, match.from - NEGATION_WINDOW); i--) {
    // A comma or stop between ends the negation's reach: "If not, let me know a better day."
    if (/[,;:.!?]/.test(gapBefore(match.sentence, i + 1))) return false;
    if (NEGATIONS.has(tokens[i].norm) || /n['’]t$/i.test(tokens[i].text)) return true;
  }
  return false;
}

function toFinding(context: DraftContext, data: PhraseRuleData, hit: PhraseHit, keepAsks: boolean): Finding {
  const { match, pattern } = hit;
  const negated = data.negatedMessage !== undefined && isNegated(match);
  const message = negated ? data.negatedMessage! : (pattern.message ?? data.message);
  // The finding is on the words; a rewrite among its fixes replaces the clause that carries them.
  const actual = context.text.slice(match.start, match.end);
  return {
    start: match.start,
    end: match.end,
    message: message.replace('{actual}', actual),
    actual,
    expected: pattern.replace,
    fixes: buildFixes(context, data.fixes ?? [], pattern, match, keepAsks),
  };
}

/**
 * Fixes change only what the finding names: replacements the matched words, rewrites
 * the clause that carries them; a sentence is removed only when the clause is all of it.
 */
function buildFixes(context: DraftContext, fixes: FixData[], pattern: PatternData | undefined, match: RuleMatch, keepAsks: boolean): Fix[] {
  const result: Fix[] = [];
  const clause = clauseAround(match.sentence, match.from, match.to);
  for (const replacement of pattern?.replace ?? []) {
    result.push(replaceSpan(match, `Replace with “${replacement}”`, escapeSnippet(replacement), result.length === 0));
  }
  for (const fix of pattern?.fixes ?? fixes) {
    const preferred = result.length === 0;
    if (fix.action === 'rewrite-sentence') result.push(rewriteClause(context, clause, fix.title, fix.text ?? '', preferred));
    else if (fix.action === 'remove-sentence' && spansSentence(context.text, match.sentence, clause) && !(keepAsks && carriesOtherAsk(context.text, match))) result.push({ ...removeSentence(context, match.sentence, fix.title), preferred });
    else if (fix.action === 'replace-match') result.push(replaceSpan(match, fix.title, (fix.text ?? '').replace('{actual}', () => escapeSnippet(context.text.slice(match.start, match.end))), preferred));
    else if (fix.action === 'remove-match') result.push({ ...removeSpan(context, match, fix.title), preferred });
    else if (fix.action === 'append-to-clause') {
      const appended = appendToClause(context, clause, fix.title, fix.text ?? '', preferred);
      if (appended) result.push(appended);
    }
  }
  return result;
}

/**
 * The sentence also asks, in words apart from the flagged ones, for something the writer
 * wants kept ("I can't tell you what it would mean to me if you could spare an hour"):
 * removing it would lose that ask, so the words are left for the writer to rephrase.
 */
function carriesOtherAsk(text: string, match: RuleMatch): boolean {
  // An ask's offsets are the sentence's own.
  const at = match.sentence.start;
  return keptAsksOf(match.sentence).some((ask) => {
    const start = at + ask.cueStart;
    const end = at + ask.cueEnd;
    // A question or request for a reply whose object is the flagged words is the same ask
    // ("Would you take a look at my resume?", "Let me know if you'd like a copy of my CV"),
    // and so is one framed as the plea ("Do you think I could get something if I work for free?").
    if (ask.type === 'advice' && ((start < match.end && match.start < end) || (at + ask.start <= match.start && match.end <= at + ask.end))) return false;
    // A talk, introduction or connection whose cue takes in the flagged words ("It would mean the
    // world to me if you could spare 15 minutes", "Happy to send my CV or jump on a call") is
    // another ask if it has words of its own outside them.
    if (start < match.end && match.start < end) return hasWords(text.slice(at + ask.start, match.start) + text.slice(match.end, at + ask.end));
    // Words between the two, or an ask put to the reader ("…would mean if you could spare an
    // hour"), make it another ask; "even a tiny tip would help" is one plea, its ask the flagged words' own.
    const between = end <= match.start ? text.slice(end, match.start) : text.slice(match.end, start);
    return hasWords(between) || match.sentence.tokens.some((token) => token.start >= start && token.end <= end && READER_WORDS.has(token.norm));
  });
}

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Keys a pattern group may have. */
const PATTERN_KEYS: readonly string[] = ['phrases', 'message', 'when', 'unless', 'inAsks', 'replace', 'fixes'];

/** A phrase rule's values the keys alone do not check: its groups' keys, `inAsks` types and fix actions. */
export function checkPhraseRule(data: PhraseRuleData): string[] {
  const problems = patternKeyProblems(data.patterns, PATTERN_KEYS);
  const checkFixes = (fixes: readonly FixData[] | undefined, where: string) =>
    (fixes ?? []).forEach((fix, i) => {
      if (!FIX_ACTIONS.includes(fix.action)) problems.push(`${where}[${i}].action: unknown fix action ${JSON.stringify(fix.action)}; one of ${FIX_ACTIONS.join(', ')}`);
    });
  checkFixes(data.fixes, 'fixes');
  (data.patterns ?? []).forEach((pattern, i) => {
    if (!pattern || typeof pattern !== 'object') return;
    if (Array.isArray(pattern.inAsks)) for (const type of pattern.inAsks) if (!ASK_TYPES.includes(type)) problems.push(`patterns[${i}].inAsks: unknown ask type ${JSON.stringify(type)}; one of ${ASK_TYPES.join(', ')}`);
    checkFixes(pattern.fixes, `patterns[${i}].fixes`);
  });
  return problems;
}

export const phraseType = ruleType<PhraseRuleData>({
  keys: ['patterns', 'negatedMessage', 'scope', 'skipNegated', 'linkedFiles', 'fixes'],
  check: checkPhraseRule,
  phrasesOf: (data) => data.patterns.flatMap((pattern) => [...pattern.phrases, ...(pattern.when ?? []), ...(pattern.unless ?? [])]),
  userPhrases: true,
  compile: (data, options) => compilePhraseRule(data, options, true),
});
