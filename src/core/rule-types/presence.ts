import { asksOf } from '../asks/index.js';
import type { PatternData, RuleData } from '../rule-data.js';
import type { Sentence } from '../text/sentences.js';
import type { AskType } from '../types.js';
import type { RuleBehaviour, RuleMatch } from './context.js';
import { missingLine, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';
import { isNegated } from './phrase.js';
import { patternKeyProblems, ruleType } from './rule-type.js';

/**
 * `presence`: the draft must say something (any of `phrases`) somewhere. When it
 * does not, the finding sits where the missing line belongs and the fix inserts it.
 */
export interface PresenceRuleData extends RuleData {
  phrases: string[];
  /**
   * Phrases that count only with (`when`) or without (`unless`) other words in the same
   * sentence: "the conference" names a source only beside "met", "saw" or "at".
   */
  patterns?: Pick<PatternData, 'phrases' | 'when' | 'unless'>[];
  /** A phrase right after a negation does not count ("I'm not flexible on the date"). */
  skipNegated?: boolean;
  /**
   * Questions to the reader of these types say it too: "How did you move into design?"
   * is what the writer wants to learn; "I'd love to learn more about the team" is no question.
   */
  satisfiedBy?: AskType[];
  /** Check only drafts that say one of these (no point asking for a choice of time without an ask). */
  onlyIf?: string[];
  anchor: Anchor;
  insert: { title: string; text: string };
}

type Pattern = NonNullable<PresenceRuleData['patterns']>[number];
export type PatternRole = { pattern: number; role: 'main' | 'when' | 'unless' } | { pattern: -1; role: 'onlyIf' };

/**
 * A presence rule's phrases in one list, each with its role: `phrases` (and a user's extra
 * phrases) are pattern 0, with no conditions; each of `patterns` follows with its
 * conditions. The Draft Coach reads a rule's words through the same list.
 */
export function patternPhrases(plain: readonly string[], patterns: readonly Pattern[] = []): { patterns: Pattern[]; phrases: string[]; roles: PatternRole[] } {
  const all = [{ phrases: [...plain] }, ...patterns];
  const phrases: string[] = [];
  const roles: PatternRole[] = [];
  all.forEach((pattern, index) => {
    for (const phrase of pattern.phrases) (phrases.push(phrase), roles.push({ pattern: index, role: 'main' }));
    for (const phrase of pattern.when ?? []) (phrases.push(phrase), roles.push({ pattern: index, role: 'when' }));
    for (const phrase of pattern.unless ?? []) (phrases.push(phrase), roles.push({ pattern: index, role: 'unless' }));
  });
  return { patterns: all, phrases, roles };
}

/** Of one sentence's matches, the main phrases whose pattern's conditions hold there. */
export function heldMatches<M>(sentenceMatches: readonly M[], roleOf: (match: M) => PatternRole, patterns: readonly Pattern[]): M[] {
  const present = (pattern: number, role: PatternRole['role']) =>
    sentenceMatches.some((match) => roleOf(match).pattern === pattern && roleOf(match).role === role);
  return sentenceMatches.filter((match) => {
    const { pattern, role } = roleOf(match);
    if (role !== 'main') return false;
    if (patterns[pattern].when && !present(pattern, 'when')) return false;
    return !present(pattern, 'unless');
  });
}

export function compilePresenceRule(data: PresenceRuleData, options: RuleOptions): RuleBehaviour {
  const { patterns, phrases, roles } = patternPhrases([...data.phrases, ...options.extraPhrases], data.patterns);
  for (const phrase of data.onlyIf ?? []) (phrases.push(phrase), roles.push({ pattern: -1, role: 'onlyIf' }));

  /** Whether one sentence's matches say it: a main phrase whose pattern's conditions hold there. */
  const says = (sentenceMatches: RuleMatch[]) =>
    heldMatches(sentenceMatches, (match) => roles[match.phraseIndex], patterns).some((match) => !(data.skipNegated && isNegated(match)));
  return {
    wholeDraft: true,
    phrases,
    check(context, matches) {
      if (data.onlyIf && !matches.some((match) => roles[match.phraseIndex].role === 'onlyIf')) return [];
      if (saidInSomeSentence(matches, says)) return [];
      if (data.satisfiedBy && asksOf(context).some((ask) => ask.form === 'question' && !ask.negated && data.satisfiedBy!.includes(ask.type))) return [];
      return [missingLine(context, data.anchor, data.message, data.insert)];
    },
  };
}

/**
 * Whether any sentence's matches say it. The engine gives matches in the draft's order,
 * sentence by sentence, so each sentence's matches are read together, and the first
 * sentence that says it ends the search (a long document has thousands of matches).
 */
function saidInSomeSentence(matches: RuleMatch[], says: (sentenceMatches: RuleMatch[]) => boolean): boolean {
  let group: RuleMatch[] = [];
  let sentence: Sentence | undefined;
  for (const match of matches) {
    if (match.sentence !== sentence) {
      if (group.length > 0 && says(group)) return true;
      group = [];
      sentence = match.sentence;
    }
    group.push(match);
  }
  return group.length > 0 && says(group);
}

/** Keys a presence rule's pattern group may have. */
const PATTERN_KEYS: readonly string[] = ['phrases', 'when', 'unless'];

export const presenceType = ruleType<PresenceRuleData>({
  keys: ['phrases', 'patterns', 'skipNegated', 'satisfiedBy', 'onlyIf', 'anchor', 'insert'],
  check: (data) => patternKeyProblems(data.patterns, PATTERN_KEYS),
  phrasesOf: (data) => [
    ...data.phrases,
    ...(data.patterns ?? []).flatMap((pattern) => [...pattern.phrases, ...(pattern.when ?? []), ...(pattern.unless ?? [])]),
    ...(data.onlyIf ?? []),
  ],
  userPhrases: true,
  compile: compilePresenceRule,
});
