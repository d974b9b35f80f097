import type { RuleData } from '../rule-data.js';
import type { Severity } from '../types.js';

/** A rule's settings after the user's config has been applied to the rule file's defaults. */
export interface RuleOptions {
  /** Set only when the user chose a severity; otherwise the rule file decides, per kind. */
  severity?: Severity;
  /** Phrases the user added to this rule. */
  extraPhrases: string[];
  /** The rule's tunable numbers (declared under `options:` in its file), with the user's values. */
  values: Record<string, number>;
}

export function defaultOptions(data: RuleData): RuleOptions {
  return { extraPhrases: [], values: { ...declaredOptions(data) } };
}

export function declaredOptions(data: RuleData): Record<string, number> {
  const options = data.options;
  return options && typeof options === 'object' ? (options as Record<string, number>) : {};
}
