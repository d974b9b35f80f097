import { memoize, type Sentence } from './sentences.js';

/** A duration the draft mentions; `minutes` is its upper bound, undefined when vague ("a few minutes"). */
export interface Duration {
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
  `\\b(?:(a|an|the)\\s+)?(?:(${VAGUE})|(${NUMBER})(?:\\s*(?:-|–|—|to|or)\\s*(${NUMBER}))?)[\\s-]*(minutes?|mins?|hours?|hrs?)(?:\\s+or\\s+(?:two|three|so|more))?\\b` +
    `|\\b(?:(half)[\\s-]+(?:an?\\s+)?hour|(?:an?\\s+|one\\s+)?(half|quarter)[\\s-]+(?:of\\s+an\\s+)?hour)\\b` +
    // Chat's shorthand ("a ~20m call", "a 1h chat"), only before a meeting: "$20m" is money.
    `|(?<![$£€\\d.])\\b(\\d{1,3})(m|h)\\b(?=[\\s-]*(?:call|chat|meeting|coffee|conversation|zoom|video|phone|talk)\\b)`,
  'gi',
);

/** Durations in a sentence, read once per sentence (offsets relative to it) and placed on each lint. */
export function readDurations(sentence: Sentence): Duration[] {
  const relative = memoize(sentence, 'durations', () => scanDurations(sentence.text));
  return relative.map((duration) => ({ ...duration, start: duration.start + sentence.start, end: duration.end + sentence.start }));
}

/** Every duration names its unit: most sentences have none, and the full pattern tries a number at every word. */
const UNIT = /min|hour|hr|\d[mh]\b/i;

function scanDurations(text: string): Duration[] {
  const durations: Duration[] = [];
  if (!UNIT.test(text)) return durations;
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match; match = DURATION.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, , vague, low, high, unit, half, fraction, short, shortUnit] = match;
    if (short) {
      durations.push({ start, end, minutes: Number(short) * (shortUnit.toLowerCase() === 'h' ? 60 : 1) });
    } else if (half || fraction) {
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

