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

// Replacements cycle, so each text in the chain differs from the one before it by one word.
const REPLACEMENTS = ['really', 'truly', 'gladly', 'simply', 'kindly', 'surely'];

/**
 * `count` versions of the document, each one word different from the previous one (and the
 * first from the original): the word is the first of four or more letters after the middle.
 */
export function buildEditChain(text, count) {
  const pattern = /\b[A-Za-z]{4,}\b/g;
  pattern.lastIndex = Math.floor(text.length / 2);
  const match = pattern.exec(text);
  if (!match) throw new Error('no word to edit in the middle of the large document');
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const words = REPLACEMENTS.filter((word) => word !== match[0].toLowerCase());
  const chain = [];
  for (let i = 0; i < count; i++) chain.push(before + words[i % words.length] + after);
  return { chain, offset: match.index, original: match[0] };
}

export { countWords };
