// The texts the bench lints: the real messages, one large document made of them, and
// a chain of one-word edits in the middle of that document.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LARGE_WORDS = 80_000;

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** The corpus messages, or the drafts in examples/ when the corpus is not there. */
export function loadMessages(root, corpusPath = join(root, '..', 'shared', 'corpus', 'real-dev.jsonl')) {
  if (existsSync(corpusPath)) {
    const texts = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text)
      .filter((text) => typeof text === 'string' && text.trim());
    if (texts.length > 0) return { texts, source: corpusPath, fallback: false };
  }
  const examples = join(root, 'examples');
  if (existsSync(examples)) {
    const texts = readdirSync(examples)
      .map((name) => join(examples, name))
      .filter((path) => statSync(path).isFile() && /\.(md|txt|eml|email)$/i.test(path))
      .sort()
      .map((path) => readFileSync(path, 'utf8'))
      .filter((text) => text.trim());
    if (texts.length > 0) return { texts, source: examples, fallback: true };
  }
  return { texts: [], source: corpusPath, fallback: true };
}

/** The messages repeated, joined with blank lines, until the document has about `words` words. */
export function buildLargeDocument(texts, words = LARGE_WORDS) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length].trim();
    parts.push(text);
    count += countWords(text);
  }
  return { text: parts.join('\n\n'), words: count };
}

// Distinct words, so no text in an edit chain repeats an earlier one (a cache would hit it).
const REPLACEMENTS = ['really', 'truly', 'gladly', 'simply', 'kindly', 'surely', 'warmly', 'openly', 'deeply', 'fully', 'highly', 'mostly',
  'nearly', 'partly', 'quietly', 'rarely', 'slowly', 'calmly', 'boldly', 'gently', 'keenly', 'lately', 'neatly', 'oddly', 'plainly'];

/**
 * `count` versions of the text, each one word different from the previous one (and the first
 * from the original): the word is the first of four or more letters after the middle.
 * `first` picks where in the replacement list to start.
 */
export function buildEditChain(text, count, first = 0) {
  const pattern = /\b[A-Za-z]{4,}\b/g;
  pattern.lastIndex = Math.floor(text.length / 2);
  let match = pattern.exec(text);
  if (!match) {
    pattern.lastIndex = 0;
    match = pattern.exec(text);
  }
  if (!match) throw new Error('no word of four letters or more to edit');
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const words = REPLACEMENTS.filter((word) => word !== match[0].toLowerCase());
  if (count > words.length) throw new Error(`at most ${words.length} distinct edits`);
  const chain = [];
  for (let i = 0; i < count; i++) chain.push(before + words[(first + i) % words.length] + after);
  return { chain, offset: match.index, original: match[0] };
}

/**
 * `count` versions of the text as someone typing changes one word again and again: the word
 * buildEditChain edits becomes "typed0", "typed1"… (each text new, however many).
 */
export function buildTypingChain(text, count) {
  const { offset, original } = buildEditChain(text, 1);
  const before = text.slice(0, offset);
  const after = text.slice(offset + original.length);
  return Array.from({ length: count }, (_, i) => `${before}typed${i.toString(36)}${after}`);
}

/**
 * The text with `variant + 1` spaces added at the end of the first line of every block (blocks
 * are separated by blank lines): the same words and the same shape (header, greeting, sign-off),
 * but no block equals one of the original, so it warms a linter up without filling its cache
 * with what will be measured.
 */
export function markBlocks(text, variant) {
  const spaces = ' '.repeat(variant + 1);
  return text
    .split(/((?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+)/)
    .map((part, i) => (i % 2 === 1 || !part.trim() ? part : part.replace(/^[^\r\n]*/, (line) => line + spaces)))
    .join('');
}

export { countWords };
