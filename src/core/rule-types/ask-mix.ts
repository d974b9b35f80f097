import { ASK_TYPES, askTypeCodes, asksOf, type DraftAsk } from '../asks/index.js';
import type { RuleData } from '../rule-data.js';
import type { AskType } from '../types.js';
import type { Finding, RuleBehaviour, RuleMatch } from './context.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `ask-mix`: a message should ask for one kind of thing. The main ask is the first of
 * `main` (a call, a coffee, a connection); each later ask of an `extra` type (an
 * introduction to someone else) is a second ask on top of it, and is flagged. Asks of
 * other types are not counted: a question for the talk is part of the conversation,
 * and a job ask has a rule of its own whatever else is asked.
 *
 * Two readings keep it from flagging one ask twice:
 * - an extra ask offered instead of the main one ("if you can't, could you point me to
 *   someone who can?") is a way out for the reader, not a second ask: its sentence has
 *   one of `alternatives` before it;
 * - a clause that names two types ("connect me with Sam") is one ask, of its first type.
 */
export interface AskMixRuleData extends RuleData {
  main: AskType[];
  extra: AskType[];
  alternatives: string[];
  /** `{extra}`: the flagged ask's type. */
  messages: { extra: string };
}

export function compileAskMixRule(data: AskMixRuleData, _options: RuleOptions): RuleBehaviour {
  return {
    phrases: data.alternatives,
    wholeDraft: true,
    check(context, matches) {
      // One pass over a long document's asks by their type codes, reading an ask itself only
      // where its type matters: its fields are read through its sentence and block.
      const asks = asksOf(context);
      const types = askTypeCodes(context);
      const main = data.main.map((type) => ASK_TYPES.indexOf(type));
      const extra = data.extra.map((type) => ASK_TYPES.indexOf(type));
      const counted = (i: number) => !asks[i].negated && (i === 0 || !sameClause(asks[i - 1], asks[i]));
      let first: DraftAsk | undefined;
      for (let i = 0; i < asks.length && !first; i++) if (main.includes(types[i]) && counted(i)) first = asks[i];
      if (!first) return [];
      const firstStart = first.start;
      // Where each sentence's first alternative ("or I can send questions") starts.
      const firstAlternative = new Map<RuleMatch['sentence'], number>();
      for (const match of matches) firstAlternative.set(match.sentence, Math.min(match.start, firstAlternative.get(match.sentence) ?? Infinity));
      const offeredInstead = (ask: DraftAsk) => (firstAlternative.get(ask.sentence) ?? Infinity) < ask.cueStart;
      const findings: Finding[] = [];
      for (let i = 0; i < asks.length; i++) {
        if (!extra.includes(types[i])) continue;
        const ask = asks[i];
        if (!counted(i) || ask.start <= firstStart || offeredInstead(ask)) continue;
        findings.push({
          start: ask.cueStart,
          end: ask.cueEnd,
          actual: context.text.slice(ask.cueStart, ask.cueEnd),
          message: data.messages.extra.replace('{extra}', ask.type),
          fixes: [],
        });
      }
      return findings;
    },
  };
}

/**
 * The ask model reads "connect me with Sam" as an introduction and a connection: for
 * counting, one ask. Asks of two sentences never share a clause, so offsets are compared
 * only within one.
 */
const sameClause = (a: DraftAsk, b: DraftAsk): boolean => a.sentence === b.sentence && a.start === b.start && a.end === b.end;

export const askMixType = ruleType<AskMixRuleData>({
  keys: ['main', 'extra', 'alternatives', 'messages'],
  phrasesOf: (data) => data.alternatives,
  userPhrases: false,
  compile: compileAskMixRule,
});
