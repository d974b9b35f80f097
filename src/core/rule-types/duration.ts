import type { RuleData } from '../rule-data.js';
import { memoize, type Sentence } from '../text/sentences.js';
import type { RuleBehaviour, DraftContext, Finding } from './context.js';
import { insertionFor, replaceSpan, rewriteSentence, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';

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

/** A duration the draft mentions; `minutes` is its upper bound, undefined when vague ("a few minutes"). */
interface Duration {
  start: number;
  end: number;
  minutes?: number;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60,
};
const VAGUE = 'few|couple(?:\\s+of)?|several';
// Longest words first, so "twenty-five" is not read as "twenty" followed by a range.
const NUMBER = `\\d{1,3}(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}`;
// Our own fixed grammar (never user input), without nested quantifiers, so it runs in linear time.
const DURATION = new RegExp(
  `\\b(?:(a|an|the)\\s+)?(?:(${VAGUE})|(${NUMBER})(?:\\s*(?:-|–|—|to|or)\\s*(${NUMBER}))?)[\\s-]*(minutes?|mins?|hours?|hrs?)\\b` +
    `|\\b(?:(half)[\\s-]+(?:an?\\s+)?hour|(?:an?\\s+|one\\s+)?(half|quarter)[\\s-]+(?:of\\s+an\\s+)?hour)\\b`,
  'gi',
);

/** Durations in a sentence, read once per sentence (offsets relative to it) and placed on each lint. */
function readDurations(sentence: Sentence): Duration[] {
  const relative = memoize(sentence, 'durations', () => scanDurations(sentence.text));
  return relative.map((duration) => ({ ...duration, start: duration.start + sentence.start, end: duration.end + sentence.start }));
}

function scanDurations(text: string): Duration[] {
  const durations: Duration[] = [];
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match; match = DURATION.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, , vague, low, high, unit, half, fraction] = match;
    if (half || fraction) {
      durations.push({ start, end, minutes: fraction === 'quarter' ? 15 : 30 });
    } else if (vague) {
      durations.push({ start, end, minutes: undefined });
    } else {
      const perUnit = /^h/i.test(unit) ? 60 : 1;
      const values = [low, high].filter(Boolean).map((value) => NUMBER_WORDS[value.toLowerCase()] ?? Number(value));
      durations.push({ start, end, minutes: Math.max(...values) * perUnit });
    }
  }
  return durations;
}

export function compileDurationRule(data: DurationRuleData, options: RuleOptions): RuleBehaviour {
  const minMinutes = options.values.minMinutes ?? 5;
  const maxMinutes = options.values.maxMinutes ?? 30;
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

  return {
    wholeDraft: true,
    phrases: [...data.openEnded, ...options.extraPhrases],
    check(context: DraftContext, matches): Finding[] {
      const durations = context.sentences.flatMap(readDurations);
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
      if (matches.length > 0) {
        const actual = context.text.slice(matches[0].start, matches[0].end);
        const fix = rewriteSentence(matches[0].sentence, data.openEndedFix.title, data.openEndedFix.text, true);
        return [{ ...span(matches[0]), actual, message: fill(data.messages.openEnded, { ...limits, actual }), fixes: [fix] }];
      }
      const vague = durations[0];
      if (vague) {
        const actual = context.text.slice(vague.start, vague.end);
        return [{ ...span(vague), actual, message: fill(data.messages.vague, { ...limits, actual }), fixes: [replaceFix(vague)] }];
      }
      const insertion = insertionFor(context, data.anchor);
      return [
        { ...span(insertion.range), message: fill(data.message, limits), fixes: insertion.fixes(data.insert.title, data.insert.text) },
      ];
    },
  };
}

const span = (range: { start: number; end: number }) => ({ start: range.start, end: range.end });
