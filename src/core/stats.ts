import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { memoize, type Sentence } from './text/sentences.js';

/**
 * Counts of a draft, made in one place so the status bar, the length rules and the
 * CLI never disagree: words and questions of the body (what the length targets are
 * about), characters from the greeting to the sign-off (what LinkedIn counts), and
 * the body's reading grade.
 */
export interface DraftCounts {
  words: number;
  characters: number;
  questions: number;
  readingGrade: number;
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

/** Words, syllables and sentences a readability formula counts in one sentence. */
export interface SentenceSyllables {
  words: number;
  syllables: number;
  /** Lines with words: a list or a block of link lines is read line by line, not as one long sentence. */
  units: number;
}

const HAS_LETTER = /\p{L}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Text a reader does not read as prose: template fields, web and mail addresses. */
const NOT_PROSE = /\[[^\]\n]*\]|\{\{[^}\n]*\}\}|\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;

/**
 * The words of a sentence with letters in them (a "20" or "15–20" has no syllables to
 * count, so it would only dilute the average) and their syllables, by the `syllable`
 * package's English rules. Template fields ("[relevant area]") and addresses are left
 * out: they are not what the reader reads. Kept with the sentence, so an edit
 * recounts only its own.
 */
export function syllablesOf(sentence: Sentence): SentenceSyllables {
  return memoize(sentence, 'syllables', () => {
    const skipped = [...sentence.text.matchAll(NOT_PROSE)].map((match) => ({ start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length }));
    let words = 0;
    let syllables = 0;
    let units = 0;
    // Tokens come in order, so one pass finds the line breaks between them.
    let scanned = sentence.start;
    let lastLine = -1;
    let line = 0;
    for (const token of sentence.tokens) {
      for (; scanned < token.start; scanned++) if (LINE_BREAK.test(sentence.text[scanned - sentence.start])) line++;
      if (!HAS_LETTER.test(token.text) || skipped.some((span) => token.start >= span.start && token.end <= span.end)) continue;
      words++;
      syllables += syllablesOfWord(token.text);
      if (line !== lastLine) (units++, (lastLine = line));
    }
    return { words, syllables, units };
  });
}

/** Syllables by word: a draft repeats its words, and the count is the costly part of reading a new sentence. */
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_WORDS = 50_000;

function syllablesOfWord(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size < SYLLABLE_CACHE_WORDS) syllableCache.set(key, count);
  }
  return count;
}

/** The body's grade, computed once per lint however many rules and counts ask for it. */
const gradeByDraft = new WeakMap<readonly Sentence[], number>();

export function bodyReadingGrade(sentences: readonly Sentence[]): number {
  let grade = gradeByDraft.get(sentences);
  if (grade === undefined) {
    grade = readingGradeOf(bodyOf(sentences));
    gradeByDraft.set(sentences, grade);
  }
  return grade;
}

/**
 * The Flesch–Kincaid grade of some sentences, to one decimal: about the US school year
 * that reads them easily. 0 when there are no words (the formula's floor is below 0,
 * but "grade −2" means nothing to a writer).
 */
export function readingGradeOf(sentences: readonly Sentence[]): number {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const counts = syllablesOf(sentence);
    words += counts.words;
    syllables += counts.syllables;
    counted += counts.units;
  }
  if (words === 0) return 0;
  const grade = fleschKincaid({ sentence: counted, word: words, syllable: syllables });
  return Math.max(0, Math.round(grade * 10) / 10);
}

export function countDraft(sentences: readonly Sentence[]): DraftCounts {
  const body = bodyOf(sentences);
  return {
    words: wordCount(body),
    characters: characterCount(proseOf(sentences)),
    questions: body.filter((sentence) => sentence.isQuestion).length,
    readingGrade: bodyReadingGrade(sentences),
  };
}
