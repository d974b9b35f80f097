import type { RuleData } from '../rule-data.js';
import type { CompiledRule } from './context.js';
import { insertionFor, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';

/**
 * `presence`: the draft must say something (any of `phrases`) somewhere. When it
 * does not, the finding sits where the missing line belongs and the fix inserts it.
 */
export interface PresenceRuleData extends RuleData {
  phrases: string[];
  anchor: Anchor;
  insert: { title: string; text: string };
}

export function compilePresenceRule(data: PresenceRuleData, options: RuleOptions): CompiledRule {
  return {
    id: data.id,
    severity: options.severity,
    kinds: data.kinds,
    note: data.note,
    example: data.example,
    phrases: [...data.phrases, ...options.extraPhrases],
    check(context, matches) {
      if (matches.length > 0) return [];
      const insertion = insertionFor(context, data.anchor);
      return [
        {
          start: insertion.range.start,
          end: insertion.range.end,
          message: data.message,
          fixes: [insertion.fix(data.insert.title, data.insert.text)],
        },
      ];
    },
  };
}
