import { blocksOverlapping, type BlockEdit, type ProseBlock } from '../text/prose-cache.js';
import { sectionOf, type DraftShape, type Span } from './shape.js';

/**
 * By a lint's blocks, those whose sentences were not all body: after an edit only these,
 * the new blocks and those under the greeting or sign-off can hold anything but body.
 * (Kept while the parse cache keeps that lint's blocks, and no longer.)
 */
const mixedIn = new WeakMap<readonly ProseBlock[], ProseBlock[]>();

/**
 * Sets the section (greeting, body or closing) of every sentence of the blocks. After an
 * edit (`edit`), a long document's blocks away from the greeting and sign-off are all body
 * and stay so, and only the others are read. True when a block kept from the previous
 * lint changed sections: what was made of it then no longer holds.
 */
export function assignSections(blocks: readonly ProseBlock[], shape: DraftShape, edit?: BlockEdit): boolean {
  const mixed: ProseBlock[] = [];
  let keptChanged = false;
  const assign = (block: ProseBlock, kept: boolean) => {
    const before = kept && !block.allBody ? sectionsOf(block) : undefined;
    const wasAllBody = block.allBody;
    assignBlock(block, shape);
    if (!block.allBody) mixed.push(block);
    if (kept && (wasAllBody !== block.allBody || (before !== undefined && before !== sectionsOf(block)))) keptChanged = true;
  };
  const lastMixed = edit && mixedIn.get(edit.previous);
  if (!edit || !lastMixed) {
    for (const block of blocks) assign(block, false);
    mixedIn.set(blocks, mixed);
    return true;
  }
  const made = new Set(blocks.slice(edit.first, edit.first + edit.made));
  const replaced = new Set(edit.previous.slice(edit.first, edit.end));
  // A block that was mixed and is still in the draft (kept, or made again) may be all body now.
  const stillMixed = lastMixed.filter((block) => made.has(block) || !replaced.has(block));
  const read = new Set<ProseBlock>([...made, ...stillMixed, ...blocksUnder(blocks, shape.greeting), ...blocksUnder(blocks, shape.closing)]);
  for (const block of read) assign(block, !made.has(block));
  // Blocks were read out of order; the list is in the draft's order, as a full pass gives it.
  mixed.sort((a, b) => a.start - b.start);
  mixedIn.set(blocks, mixed);
  return keptChanged;
}

/** Sets the sections of a block's sentences: all body unless the greeting or sign-off line falls in it. */
function assignBlock(block: ProseBlock, shape: DraftShape): void {
  const end = block.start + block.text.length;
  const inBlock = (span?: Span) => span !== undefined && span.start < end && span.end > block.start;
  if (!inBlock(shape.greeting) && !inBlock(shape.closing)) {
    if (!block.allBody) for (const sentence of block.sentences) sentence.section = 'body';
    block.allBody = true;
    return;
  }
  let allBody = true;
  for (const sentence of block.sentences) allBody = (sentence.section = sectionOf(sentence, shape)) === 'body' && allBody;
  block.allBody = allBody;
}

const sectionsOf = (block: ProseBlock): string => block.sentences.map((sentence) => sentence.section[0]).join('');

/** The blocks the span overlaps. */
const blocksUnder = (blocks: readonly ProseBlock[], span: Span | undefined): ProseBlock[] => (span ? blocksOverlapping(blocks, span).map((i) => blocks[i]) : []);
