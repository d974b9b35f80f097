import type { Root as NlcstRoot } from 'nlcst';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Span } from '../draft/shape.js';
import { TEMPLATE_FIELDS } from '../draft/template-fields.js';
import type { DraftFormat } from '../types.js';
import { splitRunTogetherSentences } from './run-together.js';

/** One parser serves every block: it keeps no state between parses. */
const parser = new ParseEnglish();
// After the parser's own paragraph plugins: sentences joined by a stop with no space.
parser.tokenizeParagraphPlugins.push(splitRunTogetherSentences);

/** Markdown constructs that are not prose of the message. */
const MARKDOWN_IGNORED = ['code', 'html', 'blockquote', 'yaml', 'toml', 'definition'];
/** Markdown that a reader of the sent message does not see as text (for the placeholder check). */
const MARKDOWN_HIDDEN = ['code', 'inlineCode', 'html', 'definition', 'thematicBreak', 'link'];

/** The template fields' angle-bracket pattern, matching a whole string. */
const ANGLE_FIELD = ((angle) => new RegExp(`^(?:${angle.pattern.source})$`, angle.pattern.flags.replace('g', '')))(TEMPLATE_FIELDS.find((field) => field.mark === '<')!);

/** Markup that is all one angle-bracket template field ("<your-name>", "<Company Name>"), not an HTML tag. */
const isAngleField = (value: string): boolean => ANGLE_FIELD.test(value.trim());

/**
 * Parses one block of the masked draft to nlcst with parse-english, the parser
 * retext-english wraps; we call it directly because the draft is parsed block by
 * block (and the subject on its own). Markdown goes through mdast (the parser
 * remark-parse wraps) so code, HTML and quotes are skipped. Positions are relative
 * to the block; `hidden` lists markdown spans a reader does not see as prose.
 */
export function parseBlock(text: string, format: DraftFormat): { tree: NlcstRoot; hidden: Span[] } {
  if (format === 'markdown') {
    const mdast = fromMarkdown(text);
    const hidden: Span[] = [];
    visit(mdast, (node) => {
      if (!MARKDOWN_HIDDEN.includes(node.type)) return;
      // "<company name>" parses as an HTML tag, but the writer typed a template field: it stays visible to the placeholder check.
      if (node.type === 'html' && isAngleField((node as { value: string }).value)) return 'skip';
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) hidden.push({ start: start.offset, end: end.offset });
      return 'skip';
    });
    return { tree: toNlcst(mdast, new VFile(text), parser, { ignore: MARKDOWN_IGNORED }) as NlcstRoot, hidden };
  }
  return { tree: parser.parse(text), hidden: [] };
}
