import type { Sentence } from '../text/sentences.js';

/** Quotation marks that open and close a passage; a straight quote does either. */
const OPENING = new Set(['"', '“', '«']);
const CLOSING = new Set(['"', '”', '»']);

/**
 * The sentences of a paragraph that stand inside a quoted passage: one that opens with a
 * quotation mark, or starts while a quotation opened earlier is still open. A blurb offered
 * for forwarding ("Here is a note you could send: “Sam, meet Lee…”") speaks to someone else,
 * so what it asks is not asked of the reader. A quoted phrase inside a sentence ("to “pick
 * your brain”") leaves the sentence the writer's.
 *
 * Hand-written: nlcst-is-literal pairs quotation marks around a word within one sentence;
 * a blurb's quotation runs across sentences.
 */
export function quotedSentences(sentences: readonly Sentence[]): Set<Sentence> {
  const quoted = new Set<Sentence>();
  let open = false;
  for (const sentence of sentences) {
    // Most sentences hold no quotation mark: they are not read character by character.
    if (!open && !ANY_QUOTE.test(sentence.text)) continue;
    const text = sentence.text.trimStart();
    if (open || OPENING.has(text[0])) quoted.add(sentence);
    for (const char of text) {
      if (open ? CLOSING.has(char) : OPENING.has(char)) open = !open;
    }
  }
  return quoted;
}

/** Any of the marks above, to skip a sentence that holds none. */
const ANY_QUOTE = new RegExp(`[${[...new Set([...OPENING, ...CLOSING])].join('')}]`);
