import type { DraftContext } from '../rule-types/context.js';
import { readDurations } from '../text/durations.js';
import type { Sentence } from '../text/sentences.js';
import { readSentenceAsks, type AskType, type SentenceAsk } from './read.js';

export { ASK_TYPES, type AskForm, type AskType } from './read.js';

/** An ask the draft makes of the reader: a sentence's ask with its offsets placed in the draft. */
export interface DraftAsk extends SentenceAsk {
  /** For a meeting: the longest duration named in its sentence, in minutes. */
  minutes?: number;
  sentence: Sentence;
}

const cache = new WeakMap<Sentence[], DraftAsk[]>();

/** Every ask of the draft's body, in order; read once per lint and shared by kind inference and the rules. */
export function asksOf(context: Pick<DraftContext, 'sentences'>): DraftAsk[] {
  let asks = cache.get(context.sentences);
  if (!asks) {
    asks = context.sentences.flatMap((sentence) => readSentenceAsks(sentence).map((ask) => place(ask, sentence)));
    cache.set(context.sentences, asks);
  }
  return asks;
}

function place(ask: SentenceAsk, sentence: Sentence): DraftAsk {
  const at = sentence.start;
  const placed: DraftAsk = {
    ...ask,
    start: ask.start + at,
    end: ask.end + at,
    cueStart: ask.cueStart + at,
    cueEnd: ask.cueEnd + at,
    sentence,
  };
  if (ask.type === 'meeting') {
    const minutes = readDurations(sentence).flatMap((duration) => (duration.minutes === undefined ? [] : [duration.minutes]));
    if (minutes.length > 0) placed.minutes = Math.max(...minutes);
  }
  return placed;
}

/** True when the draft asks for any of `types` (a job ask said in denial still counts). */
export function asksFor(context: Pick<DraftContext, 'sentences'>, types: readonly AskType[]): boolean {
  return asksOf(context).some((ask) => types.includes(ask.type));
}
