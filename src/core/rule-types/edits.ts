import type { Sentence } from '../text/sentences.js';
import type { Span } from '../draft/shape.js';
import type { Fix } from '../types.js';
import type { DraftContext } from './context.js';

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
  return replaceSpan(clause, title, punctuated ? text.replace(/[.?!]$/, '') : text, preferred);
}

/** Removes the sentence and the spaces after it, so no double space is left behind. */
export function removeSentence(context: DraftContext, sentence: Sentence, title: string): Fix {
  let end = sentence.end;
  while (end < context.text.length && (context.text[end] === ' ' || context.text[end] === '\t')) end++;
  let start = sentence.start;
  if (end === sentence.end) {
    while (start > 0 && (context.text[start - 1] === ' ' || context.text[start - 1] === '\t')) start--;
  }
  return { title, edits: [{ start, end, newText: '' }] };
}

/** Removes words inside a sentence, with the space before them, so "reply by Friday?" becomes "reply?". */
export function removeSpan(context: DraftContext, span: Span, title: string): Fix {
  let start = span.start;
  while (start > 0 && (context.text[start - 1] === ' ' || context.text[start - 1] === '\t')) start--;
  if (start === 0 || /[\r\n]/.test(context.text[start - 1])) start = span.start;
  return { title, edits: [{ start, end: span.end, newText: '' }] };
}

export function replaceSpan(span: Span, title: string, newText: string, preferred = false): Fix {
  return { title, preferred, edits: [{ start: span.start, end: span.end, newText }] };
}

/** Where a missing line belongs, and the visible range a finding about its absence should cover. */
export interface Insertion {
  /** What the finding points at: the greeting or sign-off line, or the nearest sentence. */
  range: Span;
  /** The fixes that insert the line: none where it would land in markdown code, which is not prose. */
  fixes(title: string, template: string): Fix[];
}

export type Anchor = 'after-greeting' | 'before-closing';

export function insertionFor(context: DraftContext, anchor: Anchor): Insertion {
  const { shape, eol, sentences } = context;
  const prose = sentences.filter((sentence) => sentence.section !== 'subject');
  const paragraphBreak = eol + eol;
  const insertAt = (offset: number, before: string, after: string) => (title: string, template: string): Fix[] =>
    context.hidden.some((span) => offset > span.start && offset < span.end)
      ? []
      : [{ title, preferred: true, edits: [{ start: offset, end: offset, newText: before + template + after }] }];

  if (anchor === 'after-greeting') {
    const firstBody = prose.find((sentence) => sentence.section === 'body');
    if (shape.greeting) {
      const greetingSentence = prose.find((sentence) => sentence.section === 'greeting');
      const greetingEnd = greetingSentence ? Math.max(greetingSentence.end, shape.greeting.end) : shape.greeting.end;
      if (firstBody && firstBody.start > greetingEnd && hasBlankLineBetween(context.text, greetingEnd, firstBody.start)) {
        return { range: shape.greeting, fixes: insertAt(firstBody.start, '', paragraphBreak) };
      }
      if (firstBody) return { range: shape.greeting, fixes: insertAt(firstBody.start, '', ' ') };
      return { range: shape.greeting, fixes: insertAt(greetingEnd, paragraphBreak, '') };
    }
    const first = firstBody ?? prose[0];
    if (first) return { range: first, fixes: insertAt(first.start, '', ' ') };
    return { range: shape.prose, fixes: insertAt(shape.prose.start, '', '') };
  }

  if (shape.closing) {
    const lastBody = [...prose].reverse().find((sentence) => sentence.section === 'body');
    if (lastBody && hasBlankLineBetween(context.text, lastBody.end, shape.closing.start)) {
      return { range: shape.closing, fixes: insertAt(shape.closing.start, '', paragraphBreak) };
    }
    return { range: shape.closing, fixes: insertAt(shape.closing.start, '', eol) };
  }
  const last = [...prose].reverse().find((sentence) => sentence.section !== 'closing') ?? prose[prose.length - 1];
  // After an unfinished sentence, a new line keeps the inserted one from running into it.
  if (last) return { range: last, fixes: insertAt(last.end, /[.?!]['"”’)]*$/.test(last.text) ? ' ' : paragraphBreak, '') };
  return { range: shape.prose, fixes: insertAt(shape.prose.end, '', '') };
}

function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  return /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)/.test(text.slice(from, to));
}
