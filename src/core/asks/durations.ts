import { readDurations, type Duration } from '../text/durations.js';
import { memoize, type Sentence } from '../text/sentences.js';
import { matchVocabulary, type ListName, type VocabularyMatch } from './vocabulary.js';

/** Where an ask stands in the draft: the sentence, the words that make it and the end of its clause. */
interface AskSpan {
  sentence: Sentence;
  /** Where the ask's clause starts. */
  start: number;
  cueStart: number;
  end: number;
  /** A sentence beside the ask that says how long it would take (see lengthBeside). */
  lengthSentence?: Sentence;
}

/**
 * Whether a duration belongs to an ask: it stands between the words that make the ask and
 * the end of its clause. Time mentioned before the ask is background ("after a 45-minute
 * commute, I'd welcome a 20-minute call" asks for 20 minutes).
 */
export function withinAsk(duration: Duration, ask: AskSpan): boolean {
  return duration.start >= ask.cueStart && duration.end <= ask.end;
}

/**
 * The durations an ask names; where it names none, a length bounded earlier in its clause
 * ("20 minutes would be plenty, at any time that suits you"); else those of the sentence
 * beside it that bounds it.
 */
export function askDurations(ask: AskSpan): Duration[] {
  const durations = meetingDurations(ask.sentence);
  const own = durations.filter((duration) => withinAsk(duration, ask));
  if (own.length > 0) return own;
  const before = durations.filter((duration) => duration.start >= ask.start && duration.end <= ask.cueStart);
  const modifying = before.filter((duration) => modifiesCue(ask, duration));
  if (modifying.length > 0) return modifying;
  if (before.length > 0 && boundsLength(ask.sentence, ask.start, ask.end)) return before;
  return ask.lengthSentence ? boundingDurations(ask.lengthSentence) : own;
}

/** At most two words, no punctuation: "20-minute phone" in "a brief 20-minute phone call". */
const NOUN_MODIFIERS = /^[\s-]*(?:[a-z]+[\s-]+){0,2}$/i;

/**
 * A length that describes the meeting word the ask was read from ("whether over a brief
 * 20-minute phone call or by email"): it stands just before that word, in the same noun phrase.
 */
function modifiesCue(ask: AskSpan, duration: Duration): boolean {
  const between = ask.sentence.text.slice(duration.end - ask.sentence.start, ask.cueStart - ask.sentence.start);
  return NOUN_MODIFIERS.test(between);
}

/**
 * Whether words between `start` and `end` (draft offsets) make a length the bound of what
 * is asked ("would be plenty", "at most"); `matches` are the sentence's vocabulary matches
 * where the caller has them.
 */
export function boundsLength(sentence: Sentence, start: number, end: number, matches: readonly VocabularyMatch[] = matchVocabulary(sentence)): boolean {
  return matches.some((match) => match.list === 'lengths.bound' && sentence.tokens[match.from].start >= start && sentence.tokens[match.to - 1].end <= end);
}

/**
 * The sentence next to a meeting ask (after it, else before it) that gives the meeting's
 * length on its own: "Could we set up a call? It would take no more than 15 minutes." or
 * "I'll keep it to 15 minutes. Would you be open to a call?". Only a sentence that asks
 * nothing itself, and whose words make the length a bound on what is asked: "I spent 20
 * minutes on your post" is time gone on something else.
 */
export function lengthBeside(sentences: readonly Sentence[], at: number, asks: ReadonlySet<Sentence>): Sentence | undefined {
  for (const i of [at + 1, at - 1]) {
    const sentence = sentences[i];
    if (sentence && !asks.has(sentence) && boundingDurations(sentence).length > 0) return sentence;
  }
  return undefined;
}

function boundingDurations(sentence: Sentence): Duration[] {
  const durations = meetingDurations(sentence);
  if (durations.length === 0) return durations;
  if (opensWithLength(sentence, durations[0])) return [durations[0]];
  return boundsLength(sentence, sentence.start, sentence.end) ? durations : [];
}

/** A length then a stop or a comma, opening the sentence. */
const LENGTH_FRAGMENT = /^\s*[,.!;:–—-]|^\s*$/;

/**
 * A sentence that opens with a length standing alone ("20 mins, no pitch!", "15 minutes, tops.")
 * is a fragment that names it, the way a bound does; "20 minutes ago I read your post" goes on
 * without a stop, and "20 minutes of your time…" is an ask of its own.
 */
function opensWithLength(sentence: Sentence, duration: Duration): boolean {
  if (sentence.text.slice(0, duration.start - sentence.start).trim() !== '') return false;
  return LENGTH_FRAGMENT.test(sentence.text.slice(duration.end - sentence.start));
}

/** Nouns a length of time may measure when what is meant is a conversation ("a 20-minute call"). */
const MEETING_NOUNS: ReadonlySet<ListName> = new Set(['objects.meeting', 'objects.time', 'objects.span']);
/** How many words may stand between a duration and the noun it measures ("a 15-minute informal video call"). */
const NOUN_REACH = 3;
/** A unit in the singular after a number other than one modifies a noun: "8 hour days", "a 45-minute commute". */
const MODIFIER = /(?:\d|[a-z])[\s-]+(?:minute|hour)$|-(?:minute|hour)$/i;
const NOUN_PHRASE = /^(?:a|an|one|the)\s+(?:minute|hour)$|\b(?:half|quarter)\s+(?:of\s+)?an\s+hour$/i;

/**
 * The sentence's durations that can measure a conversation. A length written as a
 * modifier measures the noun after it: "a 15-minute chat" is time asked for, "8 hour
 * days" and "a 45-minute commute" are not.
 */
export function meetingDurations(sentence: Sentence): Duration[] {
  const durations = readDurations(sentence);
  if (durations.length === 0) return durations;
  const kept = memoize(sentence, 'meeting-durations', () => durations.map((duration) => measuresMeeting(sentence, duration)));
  return durations.filter((_, i) => kept[i]);
}

function measuresMeeting(sentence: Sentence, duration: Duration): boolean {
  const written = sentence.text.slice(duration.start - sentence.start, duration.end - sentence.start);
  if (!MODIFIER.test(written) || NOUN_PHRASE.test(written)) return true;
  const { tokens } = sentence;
  const next = tokens.findIndex((token) => token.start >= duration.end);
  // Punctuation or the end of the sentence after it: the length stands alone ("for 20 minute, tops").
  if (next < 0 || /\S/.test(sentence.text.slice(duration.end - sentence.start, tokens[next].start - sentence.start))) return true;
  return matchVocabulary(sentence).some((match) => MEETING_NOUNS.has(match.list) && match.from >= next && match.from < next + NOUN_REACH);
}
