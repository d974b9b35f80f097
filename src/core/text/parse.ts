import type { Root as NlcstRoot } from 'nlcst';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { DraftFormat } from '../types.js';

/** Markdown constructs that are not prose of the message. */
const MARKDOWN_IGNORED = ['code', 'html', 'blockquote', 'yaml', 'toml', 'definition'];

/**
 * Parses the masked draft to nlcst with parse-english, the parser retext-english
 * wraps; we call it directly because the subject is parsed as its own fragment. Markdown goes through mdast (the parser remark-parse
 * wraps) so code, HTML and quotes are skipped; plain text is parsed as prose.
 */
export function parseProse(masked: string, format: DraftFormat): NlcstRoot {
  if (format === 'markdown') {
    const mdast = fromMarkdown(masked);
    return toNlcst(mdast, new VFile(masked), ParseEnglish, { ignore: MARKDOWN_IGNORED }) as NlcstRoot;
  }
  return new ParseEnglish().parse(masked);
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
