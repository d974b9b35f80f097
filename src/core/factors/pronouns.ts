import type { Sentence, Token } from '../text/sentences.js';

/** Words by which the writer talks about themself, and about the reader (contractions included). */
const WRITER = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]);

export interface PronounBalance {
  /** I, me, my… in the body. */
  writer: Token[];
  /** you, your… in the body. */
  reader: Token[];
}

/**
 * Who the body talks about: the writer's I/me/my against the reader's you/your. Read
 * from the token's own text, as normalizing drops the apostrophe and "I'll" would meet "ill".
 */
export function pronounBalance(body: readonly Sentence[]): PronounBalance {
  const balance: PronounBalance = { writer: [], reader: [] };
  for (const sentence of body) {
    for (const token of sentence.tokens) {
      const word = token.text.toLowerCase().replace(/\u2019/g, "'");
      if (WRITER.has(word)) balance.writer.push(token);
      else if (READER.has(word)) balance.reader.push(token);
    }
  }
  return balance;
}
