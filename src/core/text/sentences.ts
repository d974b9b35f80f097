import type { Root as NlcstRoot, Sentence as NlcstSentence, Word } from 'nlcst';
import { normalize } from 'nlcst-normalize';
import { toString } from 'nlcst-to-string';
import retextSentiment from 'retext-sentiment';
import { stemmer } from 'stemmer';
import { visit } from 'unist-util-visit';
import type { DraftShape, Span } from '../draft/shape.js';

export type Section = 'subject' | 'greeting' | 'body' | 'closing';

export interface Token {
  text: string;
  /** Lower case, apostrophes removed: "I’m" → "im". */
  norm: string;
  /** Porter stem of `norm`, so "asking" and "asked" meet at "ask". */
  stem: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** AFINN polarity from retext-sentiment (negative is unhappy). */
  polarity: number;
  section: Section;
  paragraph: number;
  isQuestion: boolean;
}

const scoreSentiment = (retextSentiment as unknown as () => (tree: unknown) => void)();

/** Lower case without apostrophes; dashes stay, so "15-20" and "time-sensitive" keep their shape. */
export function normalizeWord(text: string): string {
  return normalize(text, { allowDashes: true });
}

const stemCache = new Map<string, string>();
export function stemWord(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(norm) ? stemmer(norm) : norm;
    if (stemCache.size < 50_000) stemCache.set(norm, stem);
  }
  return stem;
}

/** Flattens the trees into sentences with normalised tokens, tagged by section of the draft. */
export function collectSentences(trees: { tree: NlcstRoot; section?: Section }[], text: string, shape: DraftShape): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const { tree, section } of trees) {
    visit(tree, (node) => {
      if (node.type === 'ParagraphNode') paragraph++;
      if (node.type !== 'SentenceNode') return;
      const sentence = toSentence(node, text, section ?? sectionOf(node, shape), paragraph);
      if (sentence) sentences.push(sentence);
      return 'skip';
    });
  }
  return sentences;
}

function toSentence(node: NlcstSentence, text: string, section: Section, paragraph: number): Sentence | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const tokens: Token[] = [];
  visit(node, 'WordNode', (word: Word) => {
    const wordStart = word.position?.start.offset;
    const wordEnd = word.position?.end.offset;
    if (wordStart === undefined || wordEnd === undefined) return 'skip';
    const value = toString(word);
    const norm = normalizeWord(value);
    tokens.push({ text: value, norm, stem: stemWord(norm), start: wordStart, end: wordEnd });
    return 'skip';
  });
  if (tokens.length === 0) return undefined;
  scoreSentiment(node);
  const raw = text.slice(start, end);
  return {
    start,
    end,
    text: raw,
    tokens,
    polarity: readPolarity(node),
    section,
    paragraph,
    isQuestion: /\?\s*$/.test(raw),
  };
}

/** retext-sentiment writes `data.polarity`, which nlcst's types do not declare. */
function readPolarity(node: NlcstSentence): number {
  const polarity = (node.data as { polarity?: unknown } | undefined)?.polarity;
  return typeof polarity === 'number' ? polarity : 0;
}

function within(offset: number, span: Span | undefined): boolean {
  return span !== undefined && offset >= span.start && offset < span.end;
}

/** A sentence belongs to the greeting or closing only if it is no longer than that line. */
function sectionOf(node: NlcstSentence, shape: DraftShape): Section {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (within(start, shape.greeting) && end <= shape.greeting!.end + 1) return 'greeting';
  if (within(start, shape.closing)) return 'closing';
  return 'body';
}
