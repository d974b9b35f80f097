import { ByteCache } from '../byte-cache.js';
import type { Span } from '../draft/shape.js';
import type { DraftFormat } from '../types.js';
import { hasSpanningBlocks, splitBlocks, type BlockSpan } from './blocks.js';
import { parseBlock } from './parse.js';
import { sentencesOf, type Sentence } from './sentences.js';

/** A parsed block of prose, kept between lints so that an edit re-parses only its own block. */
export interface ProseBlock {
  start: number;
  /** The block's masked text. */
  text: string;
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

export interface ParsedProse {
  /** False when the time budget ran out before every block was parsed. */
  complete: boolean;
  blocks: ProseBlock[];
  sentences: Sentence[];
  hidden: Span[];
}

/** Bytes all cached blocks may take, by default; see `setProseCacheLimit`. */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Heap bytes a parsed block takes per character of its text: its nlcst tree (kept for
 * sentiment), tokens, sentences and what the engine derives from them. Measured on
 * the bench's drafts (scripts/bench/soak.mjs prints heap per cached character).
 */
export const BYTES_PER_CHARACTER = 64;

export class ProseCache {
  /** Per block text, the entries (the same paragraph can stand in a draft twice, or be read in both formats). */
  private readonly entries: ByteCache<string, ProseBlock[]>;
  private generation = 0;
  /** The blocks of the latest complete lint. */
  private previous: ProseBlock[] = [];
  /** The latest complete lint's masked text, its block spans and their blocks (see reuseUnchanged). */
  private last?: { masked: string; format: DraftFormat; spans: BlockSpan[]; blocks: ProseBlock[] };
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
   * Parses the blocks in order until `deadline` (a `Date.now()` time) passes. The clock
   * is read before every block that must be looked up or parsed: a block is at most
   * MAX_BLOCK_LENGTH characters, so a long paragraph cannot run far past the budget.
   */
  parse(masked: string, format: DraftFormat, deadline = Infinity): ParsedProse {
    const generation = ++this.generation;
    const reused = this.reuseUnchanged(masked, format);
    const spans = reused ? reused.spans : splitBlocks(masked, format);
    // Claimed first, so that a changed paragraph with the same text as a kept one gets an entry of its own.
    if (reused) for (const kept of reused.blocks) if (kept) kept.usedIn = generation;
    const blocks: ProseBlock[] = [];
    let complete = true;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      const kept = reused?.blocks[i];
      // The same text at `span.start`: the previous lint's block, moved. It is used as it is
      // even if the cache has let it go (only this document's blocks are kept that way).
      if (kept) {
        moveBlock(kept, span.start - kept.start);
        blocks.push(kept);
        continue;
      }
      if (deadline !== Infinity && Date.now() > deadline) {
        complete = false;
        break;
      }
      blocks.push(this.block(masked.slice(span.start, span.end), span.start, format, generation));
    }
    if (complete) this.dropReplaced(blocks, generation);
    // A cache of 0 bytes keeps nothing between lints, not even the latest document's blocks.
    this.last = complete && this.keepsBlocks ? { masked, format, spans, blocks } : undefined;
    // Plain loops: flatMap costs several times more on the thousands of blocks of a long document.
    const sentences: Sentence[] = [];
    const hidden: Span[] = [];
    for (const block of blocks) {
      for (const sentence of block.sentences) sentences.push(sentence);
      for (const span of block.hidden) hidden.push(span);
    }
    return { complete, blocks, sentences, hidden };
  }

  /**
   * After an edit, most of the draft is the text of the previous lint: the blocks before
   * the change and after it are the same, only moved. Splitting the whole draft again
   * and looking each block up by its text costs more than the edit itself on a long
   * document, so only the paragraphs around the change are split again. Gives the
   * spans, with the previous lint's block for each span that kept its text.
   */
  private reuseUnchanged(masked: string, format: DraftFormat): { spans: BlockSpan[]; blocks: (ProseBlock | undefined)[] } | undefined {
    const last = this.last;
    if (!last || last.format !== format || hasSpanningBlocks(masked, format) || hasSpanningBlocks(last.masked, format)) return undefined;
    const before = commonPrefix(last.masked, masked);
    const after = commonSuffix(last.masked, masked, Math.min(last.masked.length, masked.length) - before);
    const oldEnd = last.masked.length - after;
    const delta = masked.length - last.masked.length;
    const spans = last.spans;
    // Keep whole paragraphs before the change, with one paragraph to spare: a blank line
    // typed or deleted next to a block joins or splits it.
    let first = 0;
    while (first < spans.length && spans[first].end + 1 < before) first++;
    first = paragraphStart(spans, Math.max(0, first - 1));
    let end = first;
    while (end < spans.length && spans[end].start <= oldEnd + 1) end++;
    end = paragraphEnd(spans, Math.min(spans.length, end + 1));
    // Split from where a full split would start a block: the text's start, or a kept block's
    // start (just after a blank line); and to the text's end, or the end of a kept block.
    if (first > 0 && first >= spans.length) return undefined;
    const from = first === 0 ? 0 : spans[first].start;
    const to = end >= spans.length ? last.masked.length : spans[end - 1].end;
    if (from > before || to < oldEnd) return undefined;
    const middle = splitBlocks(masked.slice(from, to + delta), format).map((span): BlockSpan => ({ ...span, start: span.start + from, end: span.end + from }));
    return {
      spans: [...spans.slice(0, first), ...middle, ...spans.slice(end).map((span): BlockSpan => ({ ...span, start: span.start + delta, end: span.end + delta }))],
      blocks: [...last.blocks.slice(0, first), ...middle.map(() => undefined), ...last.blocks.slice(end)],
    };
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

/** Moves the block (its sentences count from its start) and its hidden spans; what users derived is block-relative and stays. */
function moveBlock(block: ProseBlock, delta: number): void {
  if (delta === 0) return;
  block.start += delta;
  for (const span of block.hidden) {
    span.start += delta;
    span.end += delta;
  }
}

/** A span's paragraph's first span (long paragraphs are cut into several). */
function paragraphStart(spans: BlockSpan[], index: number): number {
  while (index > 0 && spans[index - 1].continues) index--;
  return index;
}

/** The index after the last span of the paragraph that span `end - 1` belongs to. */
function paragraphEnd(spans: BlockSpan[], end: number): number {
  while (end > 0 && end < spans.length && spans[end - 1].continues) end++;
  return end;
}

/** Characters the texts share from their start, compared a chunk at a time (string equality is native). */
export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 3) {
    while (at + chunk <= limit && a.slice(at, at + chunk) === b.slice(at, at + chunk)) at += chunk;
  }
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Characters the texts share at their end, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 3) {
    while (at + chunk <= limit && a.slice(a.length - at - chunk, a.length - at) === b.slice(b.length - at - chunk, b.length - at)) at += chunk;
  }
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}
