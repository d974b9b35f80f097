import type { RuleData } from '../rule-data.js';
import type { DraftContext, Finding, RuleBehaviour, RuleMatch } from './context.js';
import { missingLine, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `reason`: the draft must give a specific reason (any of `phrases`), as in `presence`:
 * when it gives none, one finding sits where the line belongs and the fix inserts it.
 * Praise that would fit anyone (`generic.phrases`: "impressed by your background") is
 * what a writer puts there instead, so when it is all the draft has, each such phrase
 * is flagged too, on its words.
 */
export interface ReasonRuleData extends RuleData {
  phrases: string[];
  generic: { message: string; phrases: string[] };
  anchor: Anchor;
  insert: { title: string; text: string };
}

export function compileReasonRule(data: ReasonRuleData, options: RuleOptions): RuleBehaviour {
  const specific = [...data.phrases, ...options.extraPhrases];
  return {
    wholeDraft: true,
    // Specific phrases first, so a match's index says which list it is from.
    phrases: [...specific, ...data.generic.phrases],
    check(context, matches) {
      if (matches.some((match) => match.phraseIndex < specific.length)) return [];
      return [missingLine(context, data.anchor, data.message, data.insert), ...genericPraise(context, matches, data.generic.message)];
    },
  };
}

/** The first generic phrase of each body sentence. */
function genericPraise(context: DraftContext, matches: RuleMatch[], message: string): Finding[] {
  const seen = new Set<unknown>();
  return matches
    .filter((match) => match.sentence.section === 'body')
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((match) => !seen.has(match.sentence) && seen.add(match.sentence))
    .map((match) => {
      const actual = context.text.slice(match.start, match.end);
      return { start: match.start, end: match.end, actual, message: message.replace('{actual}', actual), fixes: [] };
    });
}

export const reasonType = ruleType<ReasonRuleData>({
  keys: ['phrases', 'generic', 'anchor', 'insert'],
  phrasesOf: (data) => [...data.phrases, ...data.generic.phrases],
  userPhrases: true,
  compile: compileReasonRule,
});
