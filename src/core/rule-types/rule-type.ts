import type { RuleData } from '../rule-data.js';
import type { RuleBehaviour } from './context.js';
import type { RuleOptions } from './options.js';

/**
 * What a rule type knows about itself, in one place (as each of Vale's checks decodes
 * its own YAML): the keys its rule files may use, where their phrases are, whether a
 * user may add phrases, and how a rule file becomes a running rule. The build's rule
 * check, the phrase table and the config validation read it from here.
 */
export interface RuleType<Data extends RuleData = RuleData> {
  /** Keys a rule file of this type may have besides the common ones (`COMMON_KEYS`). */
  keys: readonly string[];
  /** Every phrase of a rule file, for the phrase table compiled at build time. */
  phrasesOf(data: Data): string[];
  /** Whether `phrases` in a user's config add to such a rule. */
  userPhrases: boolean;
  /**
   * Problems with the values under its keys that the keys alone do not show (a fix action
   * misspelt, a pattern's unknown key), each naming where it is ("patterns[2].unles").
   */
  check?(data: Data): string[];
  compile(data: Data, options: RuleOptions): RuleBehaviour;
}

/** Keys every rule file may have, whatever its type. */
export const COMMON_KEYS: readonly string[] = ['id', 'type', 'severity', 'severityByKind', 'kinds', 'whenAsked', 'message', 'note', 'example', 'examples', 'options'];

/** A rule type over its own data shape, stored beside the others. */
export const ruleType = <Data extends RuleData>(type: RuleType<Data>): RuleType => type as unknown as RuleType;

/**
 * The keys of a rule file's pattern groups that its type does not allow, as problems naming
 * the group. A group that is no mapping is reported with the phrases (scripts/phrase-table.ts).
 */
export function patternKeyProblems(patterns: readonly unknown[] | undefined, allowed: readonly string[]): string[] {
  return (patterns ?? []).flatMap((pattern, i) =>
    (pattern && typeof pattern === 'object' ? Object.keys(pattern) : [])
      .filter((key) => !allowed.includes(key))
      .map((key) => `patterns[${i}]: unknown key "${key}"; a pattern has ${allowed.join(', ')}`),
  );
}

/** The rule file keys its type does not know, for the build to report with the file's name. */
export function unknownKeys(data: RuleData, type: RuleType): string[] {
  return Object.keys(data).filter((key) => !COMMON_KEYS.includes(key) && !type.keys.includes(key));
}
