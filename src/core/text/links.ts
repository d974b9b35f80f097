import type { Span } from '../draft/shape.js';

/**
 * Links in a draft, with the words that say what they point to: a markdown link's label
 * and the last part of its address, a bare address, or a "Label: address" line. The
 * markdown parser hides addresses from the prose, and a signature is not prose at all,
 * so a file shared by link ("[Resume](https://…)", "CV: drive.google.com/…/cv.pdf") is
 * found here, in the raw text. The markdown tree's link nodes would give only markdown
 * links; plain-text drafts and bare or labelled addresses need this scan, which reads all
 * three the same way. Fixed expressions of ours, each linear.
 */
export interface Link extends Span {
  /** Lower-case words of the label, if any. */
  label: string[];
  /** Lower-case words of the address's last segment ("jane_doe_resume.pdf" gives jane, doe, resume, pdf). */
  target: string[];
}

/** File types a document is shared as. */
const DOCUMENT = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'pages']);
/** A label or file name this short is a name for the thing ("Resume", "my-cv"); a longer one is a title ("how to write a resume"). */
const NAME_WORDS = 3;

/** Whether the link is to one of the things named by `words` (a label "CV", a file "lee_resume.pdf"). */
export function linkNames(link: Link, words: ReadonlySet<string>): boolean {
  const names = (list: string[]) => (list.length <= NAME_WORDS || DOCUMENT.has(list[list.length - 1])) && list.some((word) => words.has(word));
  return names(link.label) || names(link.target);
}

const MARKDOWN_LINK = /\[([^[\]\n]{1,80})\]\(([^()\s]{1,500})\)/g;
/**
 * A label, then an address or a template's field for one ("Resume: ${RESUME_URL}", "CV: [link]",
 * "Resume: {resume}"), opening a line or following a sentence ("Thanks! My resume: https://…").
 */
const LABELLED_ADDRESS = /(?:^[ \t]*|(?<=[.!?])[ \t]+)([\p{L}][\p{L} ]{0,30}?)[ \t]*[:\-–—][ \t]*((?:https?:\/\/|www\.)[^\s<>()]{1,500}|\$\{[^{}\n]{1,60}\}|\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,60}\}|\[[^[\]\n]{1,60}\](?!\()|<[^<>\n]{1,60}>)/gmu;
const BARE_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()[\]]{1,500}/g;

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** The address's last non-empty path segment, without its query. */
function lastSegment(address: string): string {
  const path = address.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** What any link above needs somewhere: most blocks have none, and are passed over with this one scan. */
const MAY_HOLD_LINK = /\]\(|https?:\/\/|www\.|\$\{|\{\{|[:\-–—][ \t]*[[<{]/;

/** The links between `from` and `to` in `text`, each once, in order. */
export function linksIn(text: string, from = 0, to = text.length): Link[] {
  const part = text.slice(from, to);
  if (!MAY_HOLD_LINK.test(part)) return [];
  const links: Link[] = [];
  const covered = (start: number) => links.some((link) => start >= link.start && start < link.end);
  for (const match of part.matchAll(MARKDOWN_LINK)) {
    links.push({ start: from + match.index, end: from + match.index + match[0].length, label: wordsOf(match[1]), target: wordsOf(lastSegment(match[2])) });
  }
  for (const match of part.matchAll(LABELLED_ADDRESS)) {
    const start = from + match.index + match[0].indexOf(match[1]);
    if (covered(start)) continue;
    links.push({ start, end: from + match.index + match[0].length, label: wordsOf(match[1]), target: wordsOf(lastSegment(match[2])) });
  }
  for (const match of part.matchAll(BARE_ADDRESS)) {
    const start = from + match.index;
    if (covered(start)) continue;
    const address = match[0].replace(/[.,;:!?]+$/, '');
    links.push({ start, end: start + address.length, label: [], target: wordsOf(lastSegment(address)) });
  }
  return links.sort((a, b) => a.start - b.start);
}
