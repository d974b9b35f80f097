import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { splicedByEdit, type BlockEdit, type ProseBlock } from './text/prose-cache.js';
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

/** The body's sentences, found once per draft however many rules ask (read-only: it is shared). */
const bodies = new WeakMap<readonly Sentence[], Sentence[]>();

export function bodyOf(sentences: readonly Sentence[]): readonly Sentence[] {
  let body = bodies.get(sentences);
  if (!body) bodies.set(sentences, (body = sentences.filter((sentence) => sentence.section === 'body')));
  return body;
}

/** The last item that passes `test`, read from the end (a long document's last body sentence is near it). */
export function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return undefined;
}

/** The subject's sentences, read from the start: they come before the blocks' (a long document has thousands). */
export function subjectOf(sentences: readonly Sentence[]): Sentence[] {
  let count = 0;
  while (count < sentences.length && sentences[count].section === 'subject') count++;
  return sentences.slice(0, count);
}

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
/** \n, \r, and the Unicode line and paragraph separators. */
const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
/** Text a reader does not read as prose: template fields, web and mail addresses. */
const NOT_PROSE = /\[[^\]\n]*\]|\{\{[^}\n]*\}\}|\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
/** Every match of NOT_PROSE holds one of these; most sentences hold none, and the full pattern is slow on long words. */
const MAY_HOLD_NOT_PROSE = /[[{@]|https?:|www\./i;

/**
 * The words of a sentence with letters in them (a "20" or "15–20" has no syllables to
 * count, so it would only dilute the average) and their syllables, by the `syllable`
 * package's English rules. Template fields ("[relevant area]") and addresses are left
 * out: they are not what the reader reads. Kept with the sentence, so an edit
 * recounts only its own.
 */
export function syllablesOf(sentence: Sentence): SentenceSyllables {
  return memoize(sentence, 'syllables', () => {
    const skipped = MAY_HOLD_NOT_PROSE.test(sentence.text)
      ? [...sentence.text.matchAll(NOT_PROSE)].map((match) => ({ start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length }))
      : [];
    let words = 0;
    let syllables = 0;
    let units = 0;
    // Tokens come in order, so one pass finds the line breaks between them.
    let scanned = sentence.start;
    let lastLine = -1;
    let line = 0;
    for (const token of sentence.tokens) {
      for (; scanned < token.start; scanned++) if (isLineBreak(sentence.text.charCodeAt(scanned - sentence.start))) line++;
      if (!HAS_LETTER.test(token.text) || (skipped.length > 0 && skipped.some((span) => token.start >= span.start && token.end <= span.end))) continue;
      words++;
      syllables += syllablesOfWord(token.text);
      // Each line of a list counts as a sentence; the lines of wrapped prose are one.
      if (line !== lastLine && !(sentence.wrapped && units > 0)) units++;
      lastLine = line;
    }
    return { words, syllables, units };
  });
}

/** Syllables by word: a draft repeats its words, and the count is the costly part of reading a new sentence. */
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_WORDS = 50_000;

function syllablesOfWord(word: string): number {
  // Looked up as written first: lower-casing every word of every lint made a string for each.
  let count = syllableCache.get(word);
  if (count === undefined) {
    const key = word.toLowerCase();
    count = syllableCache.get(key) ?? Math.max(1, syllable(key));
    if (syllableCache.size < SYLLABLE_CACHE_WORDS) syllableCache.set(word, count);
  }
  return count;
}

/**
 * The Flesch–Kincaid grade of some sentences, to one decimal: about the US school year
 * that reads them easily. 0 when there are no words (the formula's floor is below 0,
 * but "grade −2" means nothing to a writer).
 */
export function readingGradeOf(sentences: readonly Sentence[]): number {
  const totals: BodyTotals = { words: 0, questions: 0, gradeWords: 0, syllables: 0, units: 0 };
  for (const sentence of sentences) addSentence(totals, sentence);
  return gradeOf(totals);
}

function gradeOf(totals: BodyTotals): number {
  if (totals.gradeWords === 0) return 0;
  const grade = fleschKincaid({ sentence: totals.units, word: totals.gradeWords, syllable: totals.syllables });
  return Math.max(0, Math.round(grade * 10) / 10);
}

/**
 * The draft's counts, from the blocks its sentences come from (the subject is not
 * counted). A block that is all body is counted once and its totals kept with it: a
 * long document is counted on every keystroke, and only the edited block is new. After
 * an edit (`edit`, when no kept block changed sections) the previous lint's totals are
 * taken, less the blocks replaced, plus the new ones.
 */
export function countDraft(blocks: readonly ProseBlock[], edit?: BlockEdit): DraftCounts {
  let body: BodyTotals;
  let contributions: BodyTotals[];
  const counted = edit && countedBlocks.get(edit.previous);
  if (edit && counted) {
    const made = blocks.slice(edit.first, edit.first + edit.made).map(contributionOf);
    body = { ...counted.body };
    for (let i = edit.first; i < edit.end; i++) addTotals(body, counted.contributions[i], -1);
    for (const totals of made) addTotals(body, totals);
    contributions = splicedByEdit(counted.contributions, edit, made);
  } else {
    body = emptyTotals();
    contributions = blocks.map(contributionOf);
    for (const totals of contributions) addTotals(body, totals);
  }
  countedBlocks.set(blocks, { body, contributions });
  // The first and last sentences are near the ends; blocks without sentences are rare.
  let first: Sentence | undefined;
  let last: Sentence | undefined;
  for (let i = 0; i < blocks.length && !first; i++) first = blocks[i].sentences[0];
  for (let i = blocks.length - 1; i >= 0 && !last; i--) last = blocks[i].sentences[blocks[i].sentences.length - 1];
  return {
    words: body.words,
    characters: first && last ? last.end - first.start : 0,
    questions: body.questions,
    readingGrade: gradeOf(body),
  };
}

/** By a lint's blocks, what each added to the body's totals, and the totals (kept while the parse cache keeps those blocks). */
const countedBlocks = new WeakMap<readonly ProseBlock[], { body: BodyTotals; contributions: BodyTotals[] }>();

function emptyTotals(): BodyTotals {
  return { words: 0, questions: 0, gradeWords: 0, syllables: 0, units: 0 };
}

/** What a block adds to the body's totals: kept with it when it is all body. */
function contributionOf(block: ProseBlock): BodyTotals {
  if (block.allBody) return blockTotals(block);
  const totals = emptyTotals();
  for (const sentence of block.sentences) if (sentence.section === 'body') addSentence(totals, sentence);
  return totals;
}

/** What the body's counts and reading grade are made of, summed over sentences. */
interface BodyTotals {
  words: number;
  questions: number;
  /** Words, syllables and units as the reading grade counts them (see syllablesOf). */
  gradeWords: number;
  syllables: number;
  units: number;
}

function addSentence(totals: BodyTotals, sentence: Sentence): void {
  const counts = syllablesOf(sentence);
  totals.words += sentence.tokens.length;
  if (sentence.isQuestion) totals.questions++;
  totals.gradeWords += counts.words;
  totals.syllables += counts.syllables;
  totals.units += counts.units;
}

/** Adds `more` to `totals` (`sign` -1 takes it away). */
function addTotals(totals: BodyTotals, more: BodyTotals, sign = 1): void {
  totals.words += sign * more.words;
  totals.questions += sign * more.questions;
  totals.gradeWords += sign * more.gradeWords;
  totals.syllables += sign * more.syllables;
  totals.units += sign * more.units;
}

/** Where an all-body block keeps its totals (they do not depend on where it stands). */
const BLOCK_TOTALS = {};

function blockTotals(block: ProseBlock): BodyTotals {
  let totals = block.derived.get(BLOCK_TOTALS) as BodyTotals | undefined;
  if (!totals) {
    totals = emptyTotals();
    for (const sentence of block.sentences) addSentence(totals, sentence);
    block.derived.set(BLOCK_TOTALS, totals);
  }
  return totals;
}
