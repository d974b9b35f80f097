import type { RuleData } from '../rule-data.js';
import type { RuleBehaviour } from './context.js';
import { missingLine, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `presence`: the draft must say something (any of `phrases`) somewhere. When it
 * does not, the finding sits where the missing line belongs and the fix inserts it.
 */
export interface PresenceRuleData extends RuleData {
  phrases: string[];
  /** Check only drafts that say one of these (no point asking for a choice of time without an ask). */
  onlyIf?: string[];
  anchor: Anchor;
  insert: { title: string; text: string };
}

export function compilePresenceRule(data: PresenceRuleData, options: RuleOptions): RuleBehaviour {
  const required = [...data.phrases, ...options.extraPhrases];
  return {
    // Required phrases first, then the `onlyIf` ones, so a match's index tells which it is.
    wholeDraft: true,
    phrases: [...required, ...(data.onlyIf ?? [])],
    check(context, matches) {
      if (matches.some((match) => match.phraseIndex < required.length)) return [];
      if (data.onlyIf && !matches.some((match) => match.phraseIndex >= required.length)) return [];
      return [missingLine(context, data.anchor, data.message, data.insert)];
    },
  };
}

export const presenceType = ruleType<PresenceRuleData>({
  keys: ['phrases', 'onlyIf', 'anchor', 'insert'],
  phrasesOf: (data) => [...data.phrases, ...(data.onlyIf ?? [])],
  userPhrases: true,
  compile: compilePresenceRule,
});
