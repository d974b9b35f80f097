import type { DraftContext } from '../rule-types/context.js';
import type { Ask } from '../types.js';
import { replacedRange, spliced, splicedCounts, type BlockEdit, type ProseBlock } from '../text/prose-cache.js';
import type { Sentence } from '../text/sentences.js';
import { ASK_TYPES, readSentenceAsks, type AskType, type SentenceAsk } from './read.js';
import { askDurations, lengthBeside } from './durations.js';
import { quotedSentences } from './quoted.js';

export { ASK_TYPES, PARTNERS, type AskForm, type AskType } from './read.js';

/** An ask the draft makes of the reader: a sentence's ask, its offsets read from where the sentence stands now. */
export class DraftAsk {
  readonly type: AskType;
  readonly form: SentenceAsk['form'];
  readonly negated: boolean;
  /** For a meeting: the longest duration named in its sentence (or the sentence beside it that bounds it), in minutes. */
  minutes?: number;
  /** For a meeting that names no length: the sentence beside it that does ("It would take 15 minutes at most."). */
  lengthSentence?: Sentence;
  /** Said inside a quoted passage (a blurb for someone else), not by the writer to the reader. */
  quoted = false;
  /** The ask as `lint()` last gave it, given again while it has not moved (see index.ts). */
  published?: Ask;

  constructor(
    private readonly own: SentenceAsk,
    readonly sentence: Sentence,
  ) {
    this.type = own.type;
    this.form = own.form;
    this.negated = own.negated;
  }

  get start(): number {
    return this.sentence.start + this.own.start;
  }

  get end(): number {
    return this.sentence.start + this.own.end;
  }

  get cueStart(): number {
    return this.sentence.start + this.own.cueStart;
  }

  get cueEnd(): number {
    return this.sentence.start + this.own.cueEnd;
  }

  /** Read from thanks for a job interview (see SentenceAsk.lookedBack). */
  get lookedBack(): boolean {
    return this.own.lookedBack === true;
  }

  /** Asked to be answered in writing ("by email"). */
  get written(): boolean {
    return this.own.written === true;
  }

  /** The same words read as a meeting ask (questions with a meeting's length beside them). */
  asMeeting(): DraftAsk {
    return new DraftAsk({ ...this.own, type: 'meeting' }, this.sentence);
  }
}

const cache = new WeakMap<Sentence[], readonly DraftAsk[]>();

/** Every ask of the draft's body, in order; read once per lint and shared by kind inference and the rules. */
export function asksOf(context: Pick<DraftContext, 'sentences' | 'blocks' | 'edit'>): readonly DraftAsk[] {
  let asks = cache.get(context.sentences);
  if (!asks) {
    // The subject's sentences come first; the rest are the blocks' (a long document's
    // thousands, taken as they are when the subject asks nothing).
    const subjectAsks: DraftAsk[] = [];
    for (const sentence of context.sentences) {
      if (sentence.section !== 'subject') break;
      for (const ask of placedAsks(sentence)) subjectAsks.push(ask);
    }
    const fromBlocks = blocksAsks(context.blocks, context.edit);
    asks = subjectAsks.length > 0 ? subjectAsks.concat(fromBlocks.asks) : fromBlocks.asks;
    let codes = fromBlocks.types;
    // A quoted passage asks for nothing when the writer asks something outside it (it is a
    // blurb or an example); a message that is all quotation is the writer's own.
    const quotedBlurb = asks.some((ask) => ask.quoted) && asks.some((ask) => !ask.quoted);
    if (quotedBlurb) {
      asks = asks.filter((ask) => !ask.quoted);
      codes = Uint8Array.from(asks, typeCodeOf);
    } else if (subjectAsks.length > 0) {
      codes = new Uint8Array(asks.length);
      codes.set(subjectAsks.map(typeCodeOf));
      codes.set(fromBlocks.types, subjectAsks.length);
    }
    cache.set(context.sentences, asks);
    typeCodes.set(asks, codes);
  }
  return asks;
}

/**
 * Each ask's type as a small number (its place in ASK_TYPES), in the order of `asksOf`. A
 * rule that wants asks of one type reads these, and only the asks it wants: reading the
 * type of each of a long document's thousands of asks, scattered in memory, costs more.
 */
export function askTypeCodes(context: Pick<DraftContext, 'sentences' | 'blocks' | 'edit'>): Uint8Array {
  return typeCodes.get(asksOf(context))!;
}

export const typeCodeOf = (ask: { type: AskType }): number => ASK_TYPES.indexOf(ask.type);

const typeCodes = new WeakMap<readonly DraftAsk[], Uint8Array>();

/** What a lint's blocks ask: how many asks each made, all of them in order, and their type codes. */
interface BlocksAsks {
  counts: Uint16Array;
  asks: DraftAsk[];
  types: Uint8Array;
}

/** By a lint's blocks, what they ask (kept while the parse cache keeps those blocks). */
const blocksRead = new WeakMap<readonly ProseBlock[], BlocksAsks>();

/** The blocks' asks in order; after an edit, the previous lint's with the replaced blocks' taken out and the new ones' put in. */
function blocksAsks(blocks: readonly ProseBlock[], edit: BlockEdit | undefined): BlocksAsks {
  const last = edit && blocksRead.get(edit.previous);
  let read: BlocksAsks;
  if (edit && last) {
    const made = blocks.slice(edit.first, edit.first + edit.made).map(blockAsks);
    const { from, to } = replacedRange(last.counts, edit);
    const madeAsks = made.flat();
    const types = new Uint8Array(last.types.length - (to - from) + madeAsks.length);
    types.set(last.types.subarray(0, from));
    types.set(madeAsks.map(typeCodeOf), from);
    types.set(last.types.subarray(to), from + madeAsks.length);
    read = { counts: splicedCounts(last.counts, edit, made.map((list) => list.length)), asks: spliced(last.asks, from, to, madeAsks), types };
  } else {
    read = { counts: new Uint16Array(blocks.length), asks: [], types: new Uint8Array(0) };
    for (let i = 0; i < blocks.length; i++) {
      const list = blockAsks(blocks[i]);
      read.counts[i] = list.length;
      for (const ask of list) read.asks.push(ask);
    }
    read.types = Uint8Array.from(read.asks, typeCodeOf);
  }
  blocksRead.set(blocks, read);
  return read;
}

/** Where a block keeps its asks. */
const BLOCK_ASKS = {};

/**
 * A block's asks. A block that is all body keeps its own list (an ask reads its offsets
 * from its sentence, so it moves with the block), so a lint reads no sentence of a block it has seen.
 */
function blockAsks(block: ProseBlock): DraftAsk[] {
  if (!block.allBody) return sentencesAsks(block.sentences);
  let kept = block.derived.get(BLOCK_ASKS) as DraftAsk[] | undefined;
  if (!kept) block.derived.set(BLOCK_ASKS, (kept = sentencesAsks(block.sentences)));
  return kept;
}

/**
 * The asks of a run of sentences. A meeting that names no length may take it from the
 * sentence beside it; where no meeting is asked, questions for the reader with a meeting's
 * length beside them ("I'd love to ask you a few questions. It would take 15 minutes at
 * most.") ask for one.
 */
function sentencesAsks(sentences: readonly Sentence[]): DraftAsk[] {
  const bySentence = sentences.map(placedAsks);
  const asks = bySentence.flat();
  const quoted = quotedSentences(sentences);
  if (quoted.size > 0) for (const ask of asks) ask.quoted = quoted.has(ask.sentence);
  const asking = new Set(asks.map((ask) => ask.sentence));
  if (asks.some((ask) => ask.type === 'meeting')) {
    for (const [at, sentenceAsks] of bySentence.entries()) {
      for (const ask of sentenceAsks) {
        if (ask.type !== 'meeting' || ask.minutes !== undefined || askDurations(ask).length > 0) continue;
        ask.lengthSentence = lengthBeside(sentences, at, asking);
        if (ask.lengthSentence) setMinutes(ask);
      }
    }
    return asks;
  }
  for (const [at, sentenceAsks] of bySentence.entries()) {
    const questions = sentenceAsks.find((ask) => ask.type === 'advice' && !ask.negated && !ask.written);
    const lengthSentence = questions && lengthBeside(sentences, at, asking);
    if (!questions || !lengthSentence) continue;
    const meeting = questions.asMeeting();
    meeting.quoted = questions.quoted;
    meeting.lengthSentence = lengthSentence;
    setMinutes(meeting);
    sentenceAsks.push(meeting);
    return bySentence.flat();
  }
  return asks;
}

/** The sentence's asks at its place in the draft (readSentenceAsks keeps them sentence-relative). */
function placedAsks(sentence: Sentence): DraftAsk[] {
  return readSentenceAsks(sentence).map((ask) => place(ask, sentence));
}

function place(ask: SentenceAsk, sentence: Sentence): DraftAsk {
  const placed = new DraftAsk(ask, sentence);
  if (ask.type === 'meeting') setMinutes(placed);
  return placed;
}

function setMinutes(ask: DraftAsk): void {
  const minutes = askDurations(ask).flatMap((duration) => (duration.minutes === undefined ? [] : [duration.minutes]));
  if (minutes.length > 0) ask.minutes = Math.max(...minutes);
}

/** True when the draft asks for any of `types` (a job ask said in denial still counts). */
export function asksFor(context: Pick<DraftContext, 'sentences' | 'blocks'>, types: readonly AskType[]): boolean {
  const asks = asksOf(context);
  let present = typesAsked.get(asks);
  if (!present) {
    present = new Set();
    // A long document asks for every type early on: the rest need not be read.
    for (let i = 0; i < asks.length && present.size < ASK_TYPES.length; i++) present.add(asks[i].type);
    typesAsked.set(asks, present);
  }
  return types.some((type) => present!.has(type));
}

/** The ask types a draft's asks include, found once per lint: every rule that depends on an ask asks. */
const typesAsked = new WeakMap<readonly DraftAsk[], Set<AskType>>();
