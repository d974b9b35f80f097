import type { Ask } from '../types.js';

/** What the other asks put on the reader's to-do list, as a coach would say it. */
const WHAT: Record<Exclude<Ask['type'], 'meeting'>, string> = {
  advice: 'advice',
  connection: 'a connection',
  introduction: 'an introduction',
  job: 'a job or referral',
  other: 'something unclear',
};

/** How a meeting is named, by the first word of the clause that says what sort it is. */
const MEETINGS: [RegExp, string][] = [
  [/\bcall\b/i, 'call'],
  [/\b(?:zoom|video|teams|facetime)\b/i, 'video call'],
  [/\bphone\b/i, 'call'],
  [/\bcoffee\b/i, 'coffee'],
  [/\blunch\b/i, 'lunch'],
  [/\bbreakfast\b/i, 'breakfast'],
  [/\bchat\b/i, 'chat'],
];

/** Favours the ask model does not type, named by their words where they are clear ("serve as a reference"). */
const FAVOURS: [RegExp, string][] = [
  [/\b(?:reference|referee|recommendation)s?\b/i, 'a reference'],
];

/**
 * "a 20-minute call", "an introduction": one ask in a few words, for the status bar,
 * the hover and the coach panel. `text` is the draft the ask was read from.
 */
export function describeAsk(ask: Ask, text: string): string {
  if (ask.lookedBack) return 'a job (thanks for a job interview)';
  const clause = text.slice(ask.start, ask.end);
  if (ask.type === 'other') return FAVOURS.find(([words]) => words.test(clause))?.[1] ?? WHAT.other;
  if (ask.type !== 'meeting') return WHAT[ask.type];
  const sort = MEETINGS.find(([words]) => words.test(clause))?.[1] ?? 'conversation';
  if (ask.minutes) return `a ${ask.minutes}-minute ${sort}`;
  return sort === 'lunch' || sort === 'breakfast' ? sort : `a ${sort}`;
}

/** "a 20-minute call and an introduction": each kind of ask once, in the order asked. */
export function describeAsks(asks: readonly Ask[], text: string): string {
  const seen = new Set<string>();
  const parts = asks.map((ask) => describeAsk(ask, text)).filter((part) => !seen.has(part) && seen.add(part));
  return parts.length <= 1 ? (parts[0] ?? 'nothing') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
