import type { Root as NlcstRoot } from 'nlcst';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Span } from '../draft/shape.js';
import type { DraftFormat } from '../types.js';

/** Markdown constructs that are not prose of the message. */
const MARKDOWN_IGNORED = ['code', 'html', 'blockquote', 'yaml', 'toml', 'definition'];
/** Markdown that a reader of the sent message does not see as text (for the placeholder check). */
const MARKDOWN_HIDDEN = ['code', 'inlineCode', 'html', 'definition', 'thematicBreak', 'link'];

/**
 * Parses the masked draft to nlcst with parse-english, the parser retext-english
 * wraps; we call it directly because the subject is parsed as its own fragment. Markdown goes through mdast (the parser remark-parse
 * wraps) so code, HTML and quotes are skipped; plain text is parsed as prose.
 */
export function parseProse(masked: string, format: DraftFormat): { tree: NlcstRoot; hidden: Span[] } {
  if (format === 'markdown') {
    const mdast = fromMarkdown(masked);
    const hidden: Span[] = [];
    visit(mdast, (node) => {
      if (!MARKDOWN_HIDDEN.includes(node.type)) return;
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) hidden.push({ start: start.offset, end: end.offset });
      return 'skip';
    });
    return { tree: toNlcst(mdast, new VFile(masked), ParseEnglish, { ignore: MARKDOWN_IGNORED }) as NlcstRoot, hidden };
  }
  return { tree: new ParseEnglish().parse(masked), hidden: [] };
}

/** Parses a fragment (the subject line) and moves its positions to where it sits in the draft. */
export function parseFragment(value: string, offset: number): NlcstRoot {
  const tree = new ParseEnglish().parse(value);
  // Parent and child nodes can share point objects: move each point once.
  const moved = new Set<object>();
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || moved.has(point) || point.offset === undefined) continue;
      point.offset += offset;
      moved.add(point);
    }
  });
  return tree;
}
