import type { Span } from '../draft/shape.js';
import type { DraftFormat } from '../types.js';
import { splitBlocks } from './blocks.js';
import { parseBlock } from './parse.js';
import type { PhraseMatch } from './phrases.js';
import { sentencesOf, shiftSentence, type Sentence } from './sentences.js';

/** A parsed block of prose, kept between lints so that an edit re-parses only its own block. */
export interface ProseBlock {
  start: number;
  /** The block's masked text. */
  text: string;
  sentences: Sentence[];
  hidden: Span[];
  /** Phrase matches per rule set, kept with the block (offsets move with it). */
  matches: Map<object, Span[]>;
  /** Block-local findings per rule set, and the sentence sections they were made for. */
  findings: Map<object, { sections: string; perRule: Shiftable[][] }>;
  /** The lint that last used this entry; an entry serves one place per lint. */
  usedIn: number;
}

export interface ParsedProse {
  /** False when the time budget ran out before every block was parsed. */
  complete: boolean;
  blocks: ProseBlock[];
  sentences: Sentence[];
  hidden: Span[];
}

/** Entries beyond this many are dropped when they were not used by the latest lint. */
const MAX_CACHED_BLOCKS = 20_000;

export class ProseCache {
  /** Per format, block text → entries (the same paragraph can stand in a draft twice). */
  private readonly entries: Record<DraftFormat, Map<string, ProseBlock[]>> = { markdown: new Map(), plaintext: new Map() };
  private size = 0;
  private generation = 0;

  /** Parses the blocks in order until `deadline` (a `Date.now()` time) passes. */
  parse(masked: string, format: DraftFormat, deadline = Infinity): ParsedProse {
    const generation = ++this.generation;
    const spans = splitBlocks(masked, format);
    const blocks: ProseBlock[] = [];
    let complete = true;
    for (const span of spans) {
      // Reading the clock costs little next to parsing a block, but need not happen every time.
      if (blocks.length % 16 === 15 && Date.now() > deadline) {
        complete = false;
        break;
      }
      blocks.push(this.block(masked.slice(span.start, span.end), span.start, format, generation));
    }
    if (this.size > MAX_CACHED_BLOCKS) this.prune(generation);
    return {
      complete,
      blocks,
      sentences: blocks.flatMap((block) => block.sentences),
      hidden: blocks.flatMap((block) => block.hidden),
    };
  }

  private block(text: string, start: number, format: DraftFormat, generation: number): ProseBlock {
    const entries = this.entries[format];
    const list = entries.get(text);
    const cached = list?.find((entry) => entry.usedIn !== generation);
    if (cached) {
      moveBlock(cached, start - cached.start);
      cached.usedIn = generation;
      return cached;
    }
    const parsed = parseBlock(text, format);
    const block: ProseBlock = {
      start,
      text,
      sentences: sentencesOf(parsed.tree, text, start),
      hidden: parsed.hidden.map((span) => ({ start: span.start + start, end: span.end + start })),
      matches: new Map(),
      findings: new Map(),
      usedIn: generation,
    };
    if (list) list.push(block);
    else entries.set(text, [block]);
    this.size++;
    return block;
  }

  private prune(generation: number): void {
    for (const entries of Object.values(this.entries)) {
      for (const [key, list] of entries) {
        const kept = list.filter((entry) => entry.usedIn === generation);
        this.size -= list.length - kept.length;
        if (kept.length > 0) entries.set(key, kept);
        else entries.delete(key);
      }
    }
  }
}

function moveBlock(block: ProseBlock, delta: number): void {
  if (delta === 0) return;
  block.start += delta;
  for (const sentence of block.sentences) shiftSentence(sentence, delta);
  for (const span of block.hidden) {
    span.start += delta;
    span.end += delta;
  }
  // Matches share their sentence objects (already moved); only their own offsets move here.
  for (const list of block.matches.values()) {
    for (const match of list) {
      match.start += delta;
      match.end += delta;
    }
  }
  for (const { perRule } of block.findings.values()) {
    for (const finding of perRule.flat()) {
      finding.start += delta;
      finding.end += delta;
      for (const fix of finding.fixes) {
        for (const edit of fix.edits) {
          edit.start += delta;
          edit.end += delta;
        }
      }
    }
  }
}

/** A finding as far as moving it is concerned. */
interface Shiftable extends Span {
  fixes: { edits: Span[] }[];
}

/**
 * The block's findings from block-local rules for a rule set, computed once while the
 * block and the sections of its sentences (greeting, body, closing) stay the same.
 */
export function blockFindings<T extends Shiftable>(block: ProseBlock, key: object, compute: () => T[][]): T[][] {
  const sections = block.sentences.map((sentence) => sentence.section[0]).join('');
  const cached = block.findings.get(key);
  if (cached && cached.sections === sections) return cached.perRule as T[][];
  if (block.findings.size >= MAX_RULE_SETS_PER_BLOCK) block.findings.clear();
  const perRule = compute();
  block.findings.set(key, { sections, perRule });
  return perRule;
}

/** Rule sets a block keeps matches for; more would mean configs are changing, so start over. */
const MAX_RULE_SETS_PER_BLOCK = 4;

/** The block's phrase matches for a rule set, computed once per block and set. */
export function blockMatches<T extends PhraseMatch>(block: ProseBlock, key: object, compute: (sentence: Sentence) => T[]): T[] {
  let matches = block.matches.get(key) as T[] | undefined;
  if (!matches) {
    if (block.matches.size >= MAX_RULE_SETS_PER_BLOCK) block.matches.clear();
    matches = block.sentences.flatMap(compute);
    block.matches.set(key, matches);
  }
  return matches;
}
