import { textChange, type TextChange } from './change.js';
import { ByteCache } from '../byte-cache.js';
import { isLineBreak } from '../draft/lines.js';
import { maskIgnored, maskedSlice, type Span } from '../draft/shape.js';
import type { DraftFormat } from '../types.js';
import { hasSpanningBlocks, splitBlocks, type BlockSpan } from './blocks.js';
import { parseBlock } from './parse.js';
import { pointAfter, pointOf } from './points.js';
import { sentencesOf, type Sentence } from './sentences.js';

/** A parsed block of prose, kept between lints so that an edit re-parses only its own block. */
export interface ProseBlock {
  start: number;
  /** The block's masked text. */
  text: string;
  /** Where `start` is in the draft, as vfile-location counts lines (kept up to date as the block moves). */
  line: number;
  column: number;
  format: DraftFormat;
  sentences: Sentence[];
  hidden: Span[];
  /**
   * What users of the block derive from it (the engine keeps its matches and findings
   * here, block-relative), dropped with the block. The text layer never reads it.
   */
  derived: Map<object, unknown>;
  /** The lint that last used this entry; an entry serves one place per lint. */
  usedIn: number;
  /**
   * Every sentence's section is 'body' (as parsed, and as most blocks stay): whoever
   * assigns sections keeps this true, so a block far from the greeting and sign-off
   * need not be walked sentence by sentence on every lint.
   */
  allBody: boolean;
}

/** What the next lint needs of this one to parse only around an edit. */
interface LastParse {
  text: string;
  ignored: readonly Span[];
  format: DraftFormat;
  /** Whether a code fence or comment may carry a block across blank lines (markdown). */
  spanning: boolean;
  blocks: ProseBlock[];
  continues: boolean[];
  sentences: Sentence[];
  hidden: Span[];
}

/** An edit as the previous lint's blocks see it: blocks `first` to `end` replaced by the blocks of `middle`; those after moved by `delta`. */
interface Edit {
  first: number;
  end: number;
  middle: BlockSpan[];
  delta: number;
}

export interface ParsedProse {
  /** False when the time budget ran out before every block was parsed. */
  complete: boolean;
  blocks: ProseBlock[];
  sentences: Sentence[];
  hidden: Span[];
  /**
   * Set when this parse is the previous one's blocks with some replaced: `blocks` is
   * `previous` with its blocks `first` to `end` replaced by `made` new ones (the rest the
   * same objects, those after moved). Whoever folds over the blocks can splice what it
   * made of the previous lint instead of reading every block again.
   */
  edit?: BlockEdit;
}

export interface BlockEdit {
  previous: readonly ProseBlock[];
  first: number;
  end: number;
  made: number;
}

/** Bytes all cached blocks may take, by default; see `setProseCacheLimit`. */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Heap bytes a parsed block takes per character of its text: its nlcst tree (kept for
 * sentiment), tokens, sentences and what the engine derives from them. Measured on
 * the bench's drafts (scripts/bench/soak.mjs prints heap per cached character); tokens
 * keep their phrase-matching word ids too.
 */
export const BYTES_PER_CHARACTER = 72;

export class ProseCache {
  /** Whether it keeps anything between lints (a limit of 0 bytes keeps nothing). */
  get keepsText(): boolean {
    return this.keepsBlocks;
  }

  /** Per block text, the entries (the same paragraph can stand in a draft twice, or be read in both formats). */
  private readonly entries: ByteCache<string, ProseBlock[]>;
  private generation = 0;
  /** The blocks of the latest complete lint. */
  private previous: ProseBlock[] = [];
  /**
   * The latest complete lint: its masked text, its blocks, which of them a long paragraph
   * continues into the next, and its sentences and hidden spans (see reuseUnchanged).
   */
  private last?: LastParse;
  private keepsBlocks: boolean;

  constructor(limitBytes = DEFAULT_CACHE_BYTES) {
    this.entries = new ByteCache(limitBytes);
    this.keepsBlocks = limitBytes > 0;
  }

  get bytes(): number {
    return this.entries.bytes;
  }

  setLimit(limitBytes: number): void {
    this.entries.setLimit(limitBytes);
    this.keepsBlocks = limitBytes > 0;
    if (!this.keepsBlocks) this.last = undefined;
  }

  clear(): void {
    this.entries.clear();
    this.previous = [];
    this.last = undefined;
  }

  /**
   * Parses the blocks of the draft, its `ignored` spans read as spaces (line breaks kept),
   * in order until `deadline` (a `Date.now()` time) passes. The clock is read before every
   * block that must be looked up or parsed: a block is at most MAX_BLOCK_LENGTH characters,
   * so a long paragraph cannot run far past the budget.
   */
  /** How `text` differs from the latest complete lint's (undefined when none is kept). */
  changeFrom(text: string): TextChange | undefined {
    return this.last ? textChange(this.last.text, text) : undefined;
  }

  parse(text: string, ignored: readonly Span[], format: DraftFormat, deadline = Infinity, change?: TextChange): ParsedProse {
    const generation = ++this.generation;
    const edit = this.reuseUnchanged(text, ignored, format, change);
    const parsed = edit ? this.parseAround(edit, text, ignored, format, deadline, generation) : this.parseAll(text, ignored, format, deadline, generation);
    if (parsed.complete) this.dropReplaced(parsed.blocks, generation);
    // A cache of 0 bytes keeps nothing between lints, not even the latest document's blocks.
    const { complete, blocks, continues, sentences, hidden, spanning } = parsed;
    this.last = complete && this.keepsBlocks ? { text, ignored, format, blocks, continues, sentences, hidden, spanning } : undefined;
    return parsed;
  }

  /** Splits the whole draft and looks each block up by its text. */
  private parseAll(text: string, ignored: readonly Span[], format: DraftFormat, deadline: number, generation: number): ParsedProse & { continues: boolean[]; spanning: boolean } {
    const masked = maskIgnored(text, ignored);
    const read = this.readSpans(splitBlocks(masked, format), (span) => masked.slice(span.start, span.end), text, undefined, format, deadline, generation);
    return { ...read, ...sentencesAndHidden(read.blocks), spanning: hasSpanningBlocks(masked, format) };
  }

  /**
   * The blocks of `spans` in order (looked up by their masked text, or parsed), each placed
   * in lines after the one before it (`previous` before the first), until the deadline passes.
   */
  private readSpans(
    spans: readonly BlockSpan[],
    maskedText: (span: BlockSpan) => string,
    text: string,
    previous: ProseBlock | undefined,
    format: DraftFormat,
    deadline: number,
    generation: number,
  ): { complete: boolean; blocks: ProseBlock[]; continues: boolean[] } {
    const blocks: ProseBlock[] = [];
    const continues: boolean[] = [];
    for (const span of spans) {
      if (deadline !== Infinity && Date.now() > deadline) return { complete: false, blocks, continues };
      const block = this.block(maskedText(span), span.start, format, generation);
      placeAfter(block, text, blocks.length > 0 ? blocks[blocks.length - 1] : previous);
      blocks.push(block);
      continues.push(span.continues === true);
    }
    return { complete: true, blocks, continues };
  }

  /**
   * The previous lint's blocks before and after the edit, as they are (those after it
   * moved by the edit's length), around the paragraphs split again: lists of the whole
   * draft are the previous lint's, spliced.
   */
  private parseAround(edit: Edit, text: string, ignored: readonly Span[], format: DraftFormat, deadline: number, generation: number): ParsedProse & { continues: boolean[]; spanning: boolean } {
    const last = this.last!;
    const { first, end, middle, delta } = edit;
    // Claimed first, so that a changed paragraph with the same text as a kept one gets an entry of its own.
    for (let i = 0; i < first; i++) last.blocks[i].usedIn = generation;
    for (let i = end; i < last.blocks.length; i++) last.blocks[i].usedIn = generation;
    // Where the replaced blocks' sentences and hidden spans sit in the previous lint's lists, read before anything moves.
    const replacedStart = first < last.blocks.length ? last.blocks[first].start : Infinity;
    const keptStart = end < last.blocks.length ? last.blocks[end].start : Infinity;
    const sentencesFrom = firstAtOrAfter(last.sentences, replacedStart);
    const sentencesTo = firstAtOrAfter(last.sentences, keptStart);
    const hiddenFrom = firstAtOrAfter(last.hidden, replacedStart);
    const hiddenTo = firstAtOrAfter(last.hidden, keptStart);
    const read = this.readSpans(middle, (span) => maskedSlice(text, ignored, span.start, span.end), text, last.blocks[first - 1], format, deadline, generation);
    const { complete, blocks: made, continues: madeContinues } = read;
    const { sentences: madeSentences, hidden: madeHidden } = sentencesAndHidden(made);
    if (!complete) {
      return {
        complete,
        blocks: [...last.blocks.slice(0, first), ...made],
        continues: [...last.continues.slice(0, first), ...madeContinues],
        sentences: [...last.sentences.slice(0, sentencesFrom), ...madeSentences],
        hidden: [...last.hidden.slice(0, hiddenFrom), ...madeHidden],
        spanning: false,
      };
    }
    // The blocks after the edit move by its length, and by the lines it added or removed: the
    // first is placed afresh, and the others move as it did (a block that starts mid-line is placed afresh too).
    let lineDelta = 0;
    for (let i = end; i < last.blocks.length; i++) {
      const block = last.blocks[i];
      moveBlock(block, delta);
      const previous = i > end ? last.blocks[i - 1] : made.length > 0 ? made[made.length - 1] : last.blocks[first - 1];
      if (i === end) {
        const line = block.line;
        placeAfter(block, text, previous);
        lineDelta = block.line - line;
      } else if (block.column !== 1) placeAfter(block, text, previous);
      else block.line += lineDelta;
    }
    return {
      complete,
      edit: { previous: last.blocks, first, end, made: made.length },
      blocks: spliced(last.blocks, first, end, made),
      continues: spliced(last.continues, first, end, madeContinues),
      sentences: spliced(last.sentences, sentencesFrom, sentencesTo, madeSentences),
      hidden: spliced(last.hidden, hiddenFrom, hiddenTo, madeHidden),
      spanning: false,
    };
  }

  /**
   * After an edit, most of the draft is the text of the previous lint: the blocks before
   * the change and after it are the same, only moved. Splitting (or even masking) the whole
   * draft again and looking each block up by its text costs more than the edit itself on a
   * long document, so only the paragraphs around the change are masked and split again.
   * Gives the range of the previous lint's blocks to replace and the spans that replace them.
   */
  private reuseUnchanged(text: string, ignored: readonly Span[], format: DraftFormat, given?: TextChange): Edit | undefined {
    const last = this.last;
    if (!last || last.format !== format || last.spanning) return undefined;
    const change = given && given.previous === last.text ? given : textChange(last.text, text);
    const before0 = change.prefix;
    const after0 = change.suffix;
    const delta = text.length - last.text.length;
    const changed = changedRegion(last.ignored, ignored, before0, last.text.length - after0, delta);
    if (!changed) return undefined;
    const { before, oldEnd } = changed;
    // A code fence or comment typed here would carry blocks across blank lines: split it all.
    if (format === 'markdown' && hasSpanningBlocks(maskedSlice(text, ignored, lineStartBefore(text, before), Math.min(text.length, oldEnd + delta + 8)), format)) return undefined;
    const blocks = last.blocks;
    const endOf = (i: number) => blocks[i].start + blocks[i].text.length;
    // The block the change falls in, when it adds or removes no line break: only its paragraph can change.
    const within = countWhile(blocks.length, (i) => blocks[i].start <= before) - 1;
    const inOneBlock = within >= 0 && oldEnd <= endOf(within) && !LINE_BREAK.test(last.text.slice(before, oldEnd)) && !LINE_BREAK.test(text.slice(before, oldEnd + delta));
    let first: number;
    let end: number;
    if (inOneBlock) {
      first = paragraphStart(last.continues, within);
      end = paragraphEnd(last.continues, within + 1);
    } else {
      // Else keep whole paragraphs before the change, with one paragraph to spare: a blank
      // line typed or deleted next to a block joins or splits it.
      first = countWhile(blocks.length, (i) => endOf(i) + 1 < before);
      first = paragraphStart(last.continues, Math.max(0, first - 1));
      end = first + countWhile(blocks.length - first, (i) => blocks[first + i].start <= oldEnd + 1);
      end = paragraphEnd(last.continues, Math.min(blocks.length, end + 1));
    }
    // Split from where a full split would start a block: the text's start, or a kept block's
    // start (just after a blank line); and to the text's end, or the end of a kept block.
    if (first > 0 && first >= blocks.length) return undefined;
    const from = first === 0 ? 0 : blocks[first].start;
    const to = end >= blocks.length ? last.text.length : endOf(end - 1);
    if (from > before || to < oldEnd) return undefined;
    const middle = splitBlocks(maskedSlice(text, ignored, from, to + delta), format).map((span): BlockSpan => ({ ...span, start: span.start + from, end: span.end + from }));
    return { first, end, middle, delta };
  }

  /**
   * Drops the blocks an edit replaced. When most blocks of the previous lint are used
   * again, this lint is of the same document after an edit, and the previous blocks it
   * did not use are the paragraph as it was before the keystroke: kept, they would fill
   * the cache with stale versions of the paragraph being typed. (A lint of another
   * document shares few blocks with the previous one, so nothing is dropped.)
   */
  private dropReplaced(blocks: ProseBlock[], generation: number): void {
    const previous = this.previous;
    this.previous = blocks;
    if (previous.length === 0) return;
    const replaced = previous.filter((block) => block.usedIn !== generation);
    if (replaced.length * 2 > previous.length) return;
    for (const block of replaced) {
      const list = this.entries.peek(block.text);
      if (!list) continue;
      const kept = list.filter((entry) => entry !== block);
      if (kept.length === 0) this.entries.delete(block.text);
      else this.entries.set(block.text, kept, kept.length * estimateBytes(block.text));
    }
  }

  private block(text: string, start: number, format: DraftFormat, generation: number): ProseBlock {
    const list = this.entries.get(text);
    const cached = list?.find((entry) => entry.format === format && entry.usedIn !== generation);
    if (cached) {
      moveBlock(cached, start - cached.start);
      cached.usedIn = generation;
      return cached;
    }
    const own = ownCopy(text);
    const parsed = parseBlock(own, format);
    const block: ProseBlock = {
      start,
      line: 1,
      column: 1,
      text: own,
      format,
      sentences: [],
      hidden: parsed.hidden.map((span) => ({ start: span.start + start, end: span.end + start })),
      derived: new Map(),
      usedIn: generation,
      allBody: true,
    };
    // The block is its sentences' origin: moving it moves them.
    block.sentences = sentencesOf(parsed.tree, own, block);
    const entries = list ? [...list, block] : [block];
    this.entries.set(own, entries, entries.length * estimateBytes(own));
    return block;
  }
}

/**
 * The text as a string of its own. A slice of the draft keeps the whole draft alive in
 * V8, and so would every word parsed from it: a cached block would pin the full text of
 * the lint that made it, one copy per keystroke. Concatenating flattens into a new string.
 */
const ownCopy = (text: string): string => (` ${text}`).slice(1);

/** Estimated heap taken by a cached block of this text (key included). */
const estimateBytes = (text: string) => 2 * text.length + BYTES_PER_CHARACTER * text.length + 512;

/**
 * Where the masked text of two lints differs: from `before` to `oldEnd` in the previous
 * text (moved by `delta` after it), widened to every ignored span that touches it. The
 * other ignored spans must be the same (moved), or the masked texts differ elsewhere too,
 * and `undefined` says so.
 */
function changedRegion(old: readonly Span[], now: readonly Span[], before: number, oldEnd: number, delta: number): { before: number; oldEnd: number } | undefined {
  for (let widened = true; widened; ) {
    widened = false;
    for (const span of old) {
      if (span.end >= before && span.start <= oldEnd && (span.start < before || span.end > oldEnd)) {
        before = Math.min(before, span.start);
        oldEnd = Math.max(oldEnd, span.end);
        widened = true;
      }
    }
    for (const span of now) {
      if (span.end >= before && span.start <= oldEnd + delta && (span.start < before || span.end > oldEnd + delta)) {
        before = Math.min(before, span.start);
        oldEnd = Math.max(oldEnd, span.end - delta);
        widened = true;
      }
    }
  }
  const outside = (spans: readonly Span[], shift: number, end: number) =>
    spans
      .filter((span) => span.end < before || span.start > end)
      .map((span) => (span.start > end ? `${span.start - shift}-${span.end - shift}` : `${span.start}-${span.end}`))
      .sort()
      .join(' ');
  return outside(old, 0, oldEnd) === outside(now, delta, oldEnd + delta) ? { before, oldEnd } : undefined;
}

/** The start of the line `at` is on (CR, LF, U+2028 and U+2029 end lines). */
function lineStartBefore(text: string, at: number): number {
  let start = Math.min(at, text.length);
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Sets where the block starts in lines and columns, counted from the block before it (or the text's start). */
function placeAfter(block: ProseBlock, text: string, previous: ProseBlock | undefined): void {
  const point = previous ? pointAfter(text, previous.start, previous, block.start) : pointOf(text, block.start);
  block.line = point.line;
  block.column = point.column;
}

/** Moves the block (its sentences count from its start) and its hidden spans; what users derived is block-relative and stays. */
function moveBlock(block: ProseBlock, delta: number): void {
  if (delta === 0) return;
  block.start += delta;
  for (const span of block.hidden) {
    span.start += delta;
    span.end += delta;
  }
}

/** Characters that end a line, and so may join or split blocks. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** A block's paragraph's first block (long paragraphs are cut into several; `continues` says where). */
function paragraphStart(continues: boolean[], index: number): number {
  while (index > 0 && continues[index - 1]) index--;
  return index;
}

/** The index after the last block of the paragraph that block `end - 1` belongs to. */
function paragraphEnd(continues: boolean[], end: number): number {
  while (end > 0 && end < continues.length && continues[end - 1]) end++;
  return end;
}

/** The sentences and hidden spans of the blocks, in order (plain loops: flatMap costs several times more on thousands of blocks). */
function sentencesAndHidden(blocks: readonly ProseBlock[]): { sentences: Sentence[]; hidden: Span[] } {
  const sentences: Sentence[] = [];
  const hidden: Span[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) sentences.push(sentence);
    for (const span of block.hidden) hidden.push(span);
  }
  return { sentences, hidden };
}

/** How many of the first `count` indexes hold `test`, for a test that holds up to some index and not after (a binary search). */
export function countWhile(count: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The indexes of the blocks (sorted, apart) that the span overlaps, last first. */
export function blocksOverlapping(blocks: readonly ProseBlock[], span: Span): number[] {
  const under: number[] = [];
  // The last block starting before the span ends, then back while blocks still reach into it.
  for (let i = countWhile(blocks.length, (k) => blocks[k].start < span.end) - 1; i >= 0 && blocks[i].start + blocks[i].text.length > span.start; i--) under.push(i);
  return under;
}

/** The index of the first span (sorted by start) that starts at or after `offset`. */
const firstAtOrAfter = (spans: readonly { start: number }[], offset: number): number => countWhile(spans.length, (i) => spans[i].start < offset);

/**
 * `list` with its items from `from` to `to` replaced by `items`: a new array, made by one
 * native copy and an in-place splice (a long document's lists are spliced on every lint).
 */
export function spliced<T>(list: readonly T[], from: number, to: number, items: readonly T[]): T[] {
  // Spread arguments have a limit; a paste of thousands of paragraphs takes the longer way.
  if (items.length > 10_000) return list.slice(0, from).concat(items, list.slice(to));
  const result = list.slice();
  result.splice(from, to - from, ...items);
  return result;
}

/** A list with one item per block of `edit.previous`, with the replaced blocks' items swapped for `items` (the new blocks'). */
export const splicedByEdit = <T>(list: readonly T[], edit: BlockEdit, items: readonly T[]): T[] => spliced(list, edit.first, edit.end, items);

/** How many items each block gave, with the replaced blocks' counts swapped for the new ones' (small numbers, kept small: there is one per block). */
export function splicedCounts(counts: Uint16Array, edit: BlockEdit, made: ArrayLike<number>): Uint16Array {
  const result = new Uint16Array(counts.length - (edit.end - edit.first) + made.length);
  result.set(counts.subarray(0, edit.first));
  result.set(made, edit.first);
  result.set(counts.subarray(edit.end), edit.first + made.length);
  return result;
}

/** Where the replaced blocks' items sit in a list of blocks' items, given how many items each block of `edit.previous` gave. */
export function replacedRange(counts: ArrayLike<number>, edit: BlockEdit): { from: number; to: number } {
  let from = 0;
  for (let i = 0; i < edit.first; i++) from += counts[i];
  let to = from;
  for (let i = edit.first; i < edit.end; i++) to += counts[i];
  return { from, to };
}

