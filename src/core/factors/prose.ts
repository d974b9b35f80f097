import { maskIgnored, readDraftShape, sectionOf, type DraftShape } from '../draft/shape.js';
import { splitBlocks } from '../text/blocks.js';
import { parseBlock } from '../text/parse.js';
import { sentencesOf, type Sentence } from '../text/sentences.js';
import type { DraftFormat } from '../types.js';

/** The draft's shape and sentences, each with its section, as `lint()` reads them. */
export interface DraftProse {
  shape: DraftShape;
  /** Subject, greeting, body and closing sentences, in order. */
  sentences: Sentence[];
}

/**
 * Reads the draft as `lint()` does (shape, masked parts, one parse per block), without
 * its cache: the factors are asked for only while the coach is open, and a draft of a
 * few hundred words parses in a few milliseconds. Offsets are into `text`.
 */
export function readDraftProse(text: string, format: DraftFormat): DraftProse {
  const shape = readDraftShape(text);
  const masked = maskIgnored(text, shape.ignored);
  const sentences: Sentence[] = [];
  if (shape.subject) {
    for (const sentence of sentencesOf(parseBlock(shape.subject.value, 'plaintext').tree, shape.subject.value, shape.subject.start)) {
      sentence.section = 'subject';
      sentences.push(sentence);
    }
  }
  for (const block of splitBlocks(masked, format)) {
    const blockText = masked.slice(block.start, block.end);
    for (const sentence of sentencesOf(parseBlock(blockText, format).tree, blockText, block.start)) {
      sentence.section = sectionOf(sentence, shape);
      sentences.push(sentence);
    }
  }
  return { shape, sentences };
}
