import type { DraftContext } from '../rule-types/context.js';
import { readDurations } from '../text/durations.js';
import type { ProseBlock } from '../text/prose-cache.js';
import type { Sentence } from '../text/sentences.js';
import { readSentenceAsks, type AskType, type SentenceAsk } from './read.js';
import { withinAsk } from './durations.js';

export { ASK_TYPES, type AskForm, type AskType } from './read.js';

/** An ask the draft makes of the reader: a sentence's ask with its offsets placed in the draft. */
export interface DraftAsk extends SentenceAsk {
  /** For a meeting: the longest duration named in its sentence, in minutes. */
  minutes?: number;
  sentence: Sentence;
}

const cache = new WeakMap<Sentence[], DraftAsk[]>();

/** Every ask of the draft's body, in order; read once per lint and shared by kind inference and the rules. */
export function asksOf(context: Pick<DraftContext, 'sentences' | 'blocks'>): DraftAsk[] {
  let asks = cache.get(context.sentences);
  if (!asks) {
    asks = [];
    // The subject's sentences come first; the rest are the blocks'. Plain loops: a long
    // document has thousands of sentences, and flatMap costs more per lint.
    for (const sentence of context.sentences) {
      if (sentence.section !== 'subject') break;
      for (const ask of placedAsks(sentence)) asks.push(ask);
    }
    for (const block of context.blocks) for (const ask of blockAsks(block)) asks.push(ask);
    cache.set(context.sentences, asks);
  }
  return asks;
}

/** Where a block keeps its asks. */
const BLOCK_ASKS = {};

/**
 * A block's asks at its place in the draft. A block that is all body keeps its own list
 * and moves it with the block, so a lint reads no sentence of a block it has seen.
 */
function blockAsks(block: ProseBlock): DraftAsk[] {
  if (!block.allBody) return block.sentences.flatMap(placedAsks);
  let kept = block.derived.get(BLOCK_ASKS) as { at: number; asks: DraftAsk[] } | undefined;
  if (!kept) {
    kept = { at: block.start, asks: block.sentences.flatMap(placedAsks) };
    block.derived.set(BLOCK_ASKS, kept);
  } else if (kept.at !== block.start) {
    moveAsks(kept.asks, block.start - kept.at);
    kept.at = block.start;
  }
  return kept.asks;
}

function moveAsks(asks: DraftAsk[], delta: number): void {
  for (const ask of asks) {
    ask.start += delta;
    ask.end += delta;
    ask.cueStart += delta;
    ask.cueEnd += delta;
  }
}

/** The sentence's asks at its place in the draft (readSentenceAsks keeps them sentence-relative). */
function placedAsks(sentence: Sentence): DraftAsk[] {
  return readSentenceAsks(sentence).map((ask) => place(ask, sentence));
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
    const minutes = readDurations(sentence).flatMap((duration) => (duration.minutes === undefined || !withinAsk(duration, placed) ? [] : [duration.minutes]));
    if (minutes.length > 0) placed.minutes = Math.max(...minutes);
  }
  return placed;
}

/** True when the draft asks for any of `types` (a job ask said in denial still counts). */
export function asksFor(context: Pick<DraftContext, 'sentences' | 'blocks'>, types: readonly AskType[]): boolean {
  const asks = asksOf(context);
  let present = typesAsked.get(asks);
  if (!present) typesAsked.set(asks, (present = new Set(asks.map((ask) => ask.type))));
  return types.some((type) => present!.has(type));
}

/** The ask types a draft's asks include, found once per lint: every rule that depends on an ask asks. */
const typesAsked = new WeakMap<DraftAsk[], Set<AskType>>();
