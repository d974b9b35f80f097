import type { Sentence } from './text/sentences.js';

/**
 * Counts of a draft, made in one place so the status bar, the length rules and the
 * CLI never disagree: words and questions of the body (what the length targets are
 * about), characters from the greeting to the sign-off (what LinkedIn counts).
 */
export interface DraftCounts {
  words: number;
  characters: number;
  questions: number;
}

export const bodyOf = (sentences: readonly Sentence[]): Sentence[] => sentences.filter((sentence) => sentence.section === 'body');

/** Prose that is sent: greeting, body and closing (not the subject). */
export const proseOf = (sentences: readonly Sentence[]): Sentence[] => sentences.filter((sentence) => sentence.section !== 'subject');

/** A token is a word (numbers and contractions count once, as a reader counts them). */
export const wordCount = (sentences: readonly Sentence[]): number => sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);

/** From the first prose sentence's start to the last one's end, line breaks included. */
export function characterCount(prose: readonly Sentence[]): number {
  return prose.length > 0 ? prose[prose.length - 1].end - prose[0].start : 0;
}

export function countDraft(sentences: readonly Sentence[]): DraftCounts {
  const body = bodyOf(sentences);
  return {
    words: wordCount(body),
    characters: characterCount(proseOf(sentences)),
    questions: body.filter((sentence) => sentence.isQuestion).length,
  };
}
