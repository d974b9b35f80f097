import type { Sentence } from '../text/sentences.js';
import { endOfLineAt } from '../draft/lines.js';
import type { Span } from '../draft/shape.js';
import type { Fix } from '../types.js';
import type { DraftContext, Finding } from './context.js';

/** Text taken from the draft must not be read as snippet syntax when put into `newText`. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/**
 * Replaces a clause with new words. The draft keeps its own end punctuation: a template's
 * closing "?" or "." is dropped when the clause is already followed by one.
 */
export function rewriteClause(context: DraftContext, clause: Span, title: string, text: string, preferred = false): Fix {
  const ownEnd = /[.?!]["'”’)]*$/.test(context.text.slice(clause.start, clause.end));
  const punctuated = !ownEnd && /^\s*[.?!,;:]/.test(context.text.slice(clause.end, clause.end + 2));
  return { title, preferred, effect: 'rewrite', edits: [{ start: clause.start, end: clause.end, newText: punctuated ? text.replace(/[.?!]$/, '') : text }] };
}

/**
 * Keeps the clause's words and puts `text` (which brings its own closing mark) in place of
 * the clause's closing mark: "Would Tuesday at 2pm work?" → "Would Tuesday at 2pm work, or
 * would another time suit you better?". Undefined where the clause does not end the
 * sentence, since the words would land mid-sentence.
 */
export function appendToClause(context: DraftContext, clause: Span, title: string, text: string, preferred = false): Fix | undefined {
  const words = context.text.slice(clause.start, clause.end);
  // The closing mark, then any closing quote or bracket, which stays where it was.
  const end = /([.?!]+)(["'”’)]*)$/.exec(words);
  if (!end) return undefined;
  const markEnd = clause.end - end[2].length;
  // An abbreviation's full stop ("at 10 a.m.") is part of its word: the text goes after it.
  const abbreviation = /(?:\b\p{L}\.){2,}$/u.test(words.slice(0, words.length - end[2].length));
  return { title, preferred, effect: 'rewrite', edits: [{ start: abbreviation ? markEnd : markEnd - end[1].length, end: markEnd, newText: text }] };
}

/** Longest excerpt of deleted words a fix's title quotes. */
const TITLE_EXCERPT_WORDS = 5;

/**
 * A deletion says what it deletes ("Delete “I'll do anything to…”"), since the writer
 * loses their own words; the rule's generic title is not enough to see that.
 */
export function deletionTitle(deleted: string): string {
  const words = deleted.trim().split(/\s+/);
  const excerpt = words.slice(0, TITLE_EXCERPT_WORDS).join(' ');
  return `Delete “${words.length > TITLE_EXCERPT_WORDS ? `${excerpt.replace(/[,;:.!?]+$/, '')}…` : excerpt}”`;
}

/**
 * Removes the sentence and the spaces after it, so no double space is left behind.
 * Titled with what it deletes, and never preferred: the rule's own title is ignored.
 */
export function removeSentence(context: DraftContext, sentence: Sentence, _ruleTitle?: string): Fix {
  let end = sentence.end;
  while (end < context.text.length && (context.text[end] === ' ' || context.text[end] === '\t')) end++;
  let start = sentence.start;
  if (end === sentence.end) {
    while (start > 0 && (context.text[start - 1] === ' ' || context.text[start - 1] === '\t')) start--;
  }
  return { title: deletionTitle(sentence.text), preferred: false, effect: 'remove', edits: [{ start, end, newText: '' }] };
}

/**
 * Removes words inside a sentence, with the space before them, so "reply by Friday?"
 * becomes "reply?". Titled with what it deletes, and never preferred.
 */
export function removeSpan(context: DraftContext, span: Span, _ruleTitle?: string): Fix {
  let start = span.start;
  while (start > 0 && (context.text[start - 1] === ' ' || context.text[start - 1] === '\t')) start--;
  if (start === 0 || /[\r\n]/.test(context.text[start - 1])) start = span.start;
  return { title: deletionTitle(context.text.slice(span.start, span.end)), preferred: false, effect: 'remove', edits: [{ start, end: span.end, newText: '' }] };
}

export function replaceSpan(span: Span, title: string, newText: string, preferred = false): Fix {
  return { title, preferred, effect: 'replace', edits: [{ start: span.start, end: span.end, newText }] };
}

/** Where a missing line belongs, and where a finding about its absence is shown. */
export interface Insertion {
  /**
   * An empty range at the insertion point, never covering the greeting or sign-off. It
   * is on a blank line or at the end of a line where it can be, so an editor draws a
   * small marker there (VS Code widens an empty range inside a word to the whole word).
   */
  range: Span;
  /** The fixes that insert the line: none where it would land in markdown code, which is not prose. */
  fixes(title: string, template: string): Fix[];
}

export type Anchor = 'after-greeting' | 'before-closing';

/** A finding about a line the draft lacks: an empty range where it belongs, and the fix that inserts it. */
export function missingLine(context: DraftContext, anchor: Anchor, message: string, insert?: { title: string; text: string }): Finding {
  const insertion = insertionFor(context, anchor);
  return { start: insertion.range.start, end: insertion.range.end, message, fixes: insert ? insertion.fixes(insert.title, insert.text) : [] };
}

export function insertionFor(context: DraftContext, anchor: Anchor): Insertion {
  const { shape, eol, sentences, text } = context;
  const prose = sentences.filter((sentence) => sentence.section !== 'subject');
  // The finding and its fix share one place: an empty range where the line goes in.
  const insertAt = (offset: number, before: string, after: string): Insertion => ({
    range: { start: offset, end: offset },
    fixes: (title, template) =>
      context.hidden.some((span) => offset > span.start && offset < span.end)
        ? []
        : [{ title, preferred: true, effect: 'insert', edits: [{ start: offset, end: offset, newText: before + template + after }] }],
  });

  if (anchor === 'after-greeting') {
    const firstBody = prose.find((sentence) => sentence.section === 'body');
    if (shape.greeting) {
      const greetingSentence = prose.find((sentence) => sentence.section === 'greeting');
      const greetingEnd = greetingSentence ? Math.max(greetingSentence.end, shape.greeting.end) : shape.greeting.end;
      const blank = firstBody && firstBody.start > greetingEnd ? blankLineBetween(text, greetingEnd, firstBody.start) : undefined;
      // On the blank line between greeting and body, a paragraph of its own.
      if (blank !== undefined) return insertAt(blank, eol, eol);
      if (firstBody && lineBreakBetween(text, greetingEnd, firstBody.start)) return insertAt(greetingEnd, eol, '');
      if (firstBody) return insertAt(greetingEnd, ' ', '');
      return insertAt(greetingEnd, eol + eol, '');
    }
    const first = firstBody ?? prose[0];
    if (first) return insertAt(first.start, '', ' ');
    return insertAt(shape.prose.start, '', '');
  }

  // With no sign-off, a name alone on the last line signs the note ("…Thanks again for your
  // time,\n\nCharlotte Bronte"): the new line goes above it, not under the name.
  const closing = shape.closing ?? shape.signedName;
  if (closing) {
    // The body above the sign-off (a postscript under the signature is body too).
    const lastBody = [...prose].reverse().find((sentence) => sentence.section === 'body' && sentence.end <= closing.start);
    const blank = lastBody ? blankLineBetween(text, lastBody.end, closing.start) : undefined;
    if (blank !== undefined) return insertAt(blank, eol, eol);
    const lineEnd = lineEndBefore(text, closing.start);
    return lineEnd < closing.start ? insertAt(lineEnd, eol, '') : insertAt(closing.start, '', eol);
  }
  const last = [...prose].reverse().find((sentence) => sentence.section !== 'closing') ?? prose[prose.length - 1];
  // After an unfinished sentence, a paragraph of its own keeps the inserted one from running
  // into it; it starts after the whole line, so what trails the sentence there stays with it.
  if (last) return /[.?!]['"”’)]*$/.test(last.text) ? insertAt(last.end, ' ', '') : insertAt(endOfLineAt(text, last.end), eol + eol, '');
  return insertAt(shape.prose.end, '', '');
}

const lineBreakBetween = (text: string, from: number, to: number): boolean => /[\r\n]/.test(text.slice(from, to));

/** The start of the first blank line between two offsets, if there is one. */
function blankLineBetween(text: string, from: number, to: number): number | undefined {
  const found = /(\r\n|\r|\n)[ \t]*(?=\r\n|\r|\n)/.exec(text.slice(from, to));
  return found ? from + found.index + found[1].length : undefined;
}

/** Where the line before `offset`'s line ends (or `offset` itself on the first line). */
function lineEndBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && text[end - 1] !== '\n' && text[end - 1] !== '\r') end--;
  if (end === 0) return offset;
  end--;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  return end;
}
