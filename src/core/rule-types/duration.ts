import type { RuleData } from '../rule-data.js';
import { ASK_TYPES, askTypeCodes, asksOf, type DraftAsk } from '../asks/index.js';

const MEETING = ASK_TYPES.indexOf('meeting');
import { askDurations } from '../asks/durations.js';
import type { Duration } from '../text/durations.js';
import type { Sentence } from '../text/sentences.js';
import type { RuleBehaviour, DraftContext, Finding } from './context.js';
import { clauseAround } from '../asks/clauses.js';
import { missingLine, replaceSpan, rewriteClause, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `duration`: the draft must ask for a bounded amount of time within a range
 * (`options.minMinutes`–`options.maxMinutes`). Open-ended asks ("lunch", "an hour
 * or two") come from `openEnded` phrases; durations are read by the grammar below.
 */
export interface DurationRuleData extends RuleData {
  openEnded: string[];
  anchor: Anchor;
  insert: { title: string; text: string };
  messages: { tooLong: string; tooShort: string; openEnded: string; vague: string };
  /** Rewrites the sentence with an open-ended ask ("Could I take you to lunch?"). */
  openEndedFix: { title: string; text: string };
  replaceWith: string;
}

export function compileDurationRule(data: DurationRuleData, options: RuleOptions): RuleBehaviour {
  const minMinutes = options.values.minMinutes ?? 5;
  const maxMinutes = options.values.maxMinutes ?? 30;
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

  return {
    wholeDraft: true,
    phrases: [...data.openEnded, ...options.extraPhrases],
    check(context: DraftContext, allMatches): Finding[] {
      // Only what a meeting ask says counts: "a 3-minute read" asks for no time.
      const meetings: DraftAsk[] = [];
      const durations: Duration[] = [];
      // Two asks of one sentence may hold the same duration: it counts once. A sentence's asks come together.
      let sentence: Sentence | undefined;
      let seenInSentence: number[] = [];
      const asks = asksOf(context);
      const types = askTypeCodes(context);
      for (let i = 0; i < asks.length; i++) {
        // Only meeting asks are read: a long document has thousands of others.
        if (types[i] !== MEETING) continue;
        const ask = asks[i];
        meetings.push(ask);
        const own = durationsOf(ask);
        if (own.length === 0) continue;
        if (ask.sentence !== sentence) (sentence = ask.sentence), (seenInSentence = []);
        const base = ask.sentence.start;
        for (const duration of own) {
          if (seenInSentence.includes(duration.start)) continue;
          seenInSentence.push(duration.start);
          durations.push({ ...duration, start: base + duration.start, end: base + duration.end });
        }
      }
      const limits = { min: minMinutes, max: maxMinutes };
      const replaceFix = (duration: Duration) =>
        replaceSpan(duration, `Ask for ${data.replaceWith.replace(/\$\{\d+:([^}]*)\}/g, '$1')}`, data.replaceWith, true);
      const outside = durations.filter((d) => d.minutes !== undefined && (d.minutes > maxMinutes || d.minutes < minMinutes));
      if (outside.length > 0) {
        return outside.map((duration) => {
          const actual = context.text.slice(duration.start, duration.end);
          const template = duration.minutes! > maxMinutes ? data.messages.tooLong : data.messages.tooShort;
          return { ...span(duration), actual, message: fill(template, { ...limits, actual }), fixes: [replaceFix(duration)] };
        });
      }
      if (durations.some((d) => d.minutes !== undefined)) return [];
      const meetingSentences = new Set<Sentence>(meetings.map((ask) => ask.sentence));
      const matches = allMatches.filter((match) => meetingSentences.has(match.sentence));
      if (matches.length > 0) {
        const actual = context.text.slice(matches[0].start, matches[0].end);
        // The finding is on the open-ended words; the rewrite replaces the clause that asks for them.
        const clause = clauseAround(matches[0].sentence, matches[0].from, matches[0].to);
        const fix = rewriteClause(context, clause, data.openEndedFix.title, data.openEndedFix.text, true);
        return [{ ...span(matches[0]), actual, message: fill(data.messages.openEnded, { ...limits, actual }), fixes: [fix] }];
      }
      const vague = durations[0];
      if (vague) {
        const actual = context.text.slice(vague.start, vague.end);
        return [{ ...span(vague), actual, message: fill(data.messages.vague, { ...limits, actual }), fixes: [replaceFix(vague)] }];
      }
      return [missingLine(context, data.anchor, fill(data.message, limits), data.insert)];
    },
  };
}

/**
 * An ask's durations, relative to its sentence, read once per ask: a kept block's asks are
 * the same objects from lint to lint, and a long document has hundreds of meeting asks.
 */
const askDurationsKept = new WeakMap<DraftAsk, Duration[]>();
function durationsOf(ask: DraftAsk): Duration[] {
  let own = askDurationsKept.get(ask);
  if (!own) {
    const base = ask.sentence.start;
    own = askDurations(ask).map((duration) => ({ ...duration, start: duration.start - base, end: duration.end - base }));
    askDurationsKept.set(ask, own);
  }
  return own;
}

const span = (range: { start: number; end: number }) => ({ start: range.start, end: range.end });

export const durationType = ruleType<DurationRuleData>({
  keys: ['openEnded', 'anchor', 'insert', 'messages', 'openEndedFix', 'replaceWith'],
  phrasesOf: (data) => data.openEnded,
  userPhrases: true,
  compile: compileDurationRule,
});
