import { READER_WORDS } from '../text/pronouns.js';
import { keepsFullStop, type Sentence } from '../text/sentences.js';

/** Token positions of one clause: [from, to). */
export interface Clause {
  from: number;
  to: number;
  /** A few words at the start of a line before a colon ("Phone:", "Email:"): a label for what follows, which asks nothing. */
  label?: true;
}

/** How many words a label before a colon may have ("Phone", "Earliest start date"). */
const LABEL_WORDS = 3;

/** Punctuation between two words that ends a clause. */
// Not brackets: templates put fields in them ("(company)", "[Name]").
// A dash between spaces (or an em dash) breaks; "15–20" does not.
// A full stop inside a sentence is one the parser read as an abbreviation's ("interested in. I…").
// An ellipsis trails one thought off before the next ("I can't get anywhere… how can I…").
const HARD_BREAK = /[;:!?—…]|\s[-–]\s|^\.\s|\.{2,}/;
const COORDINATORS = new Set(['and', 'but', 'so', 'or', 'yet']);
/** Words that start a new clause after ", and" (a subject, or a modal that opens a question). */
const CLAUSE_OPENERS = new Set(['i', 'id', 'im', 'ive', 'ill', 'you', 'youre', 'youd', 'we', 'were', 'he', 'she', 'they', 'it', 'if', 'would', 'could', 'can', 'please', 'let', 'feel']);

/** A modal and its subject, inverted, open a question ("or could you…", "and would it be…"). */
const QUESTION_MODALS = new Set(['could', 'would', 'can', 'will', 'may', 'might', 'do', 'does', 'is', 'are']);
const QUESTION_SUBJECTS = new Set(['you', 'i', 'we', 'it', 'there']);

/**
 * Splits a sentence into clauses, so that an ask and its object are read together and a
 * thank-you in one clause does not cancel a request in the next. A comma alone does not
 * split ("a call, a coffee or a video chat"); a comma with a coordinator and a new
 * subject does (", but I'd love to hear…"), and so does one before "please".
 */
export function clausesOf(sentence: Sentence): Clause[] {
  const { tokens } = sentence;
  const clauses: Clause[] = [];
  // Each gap is read once: the dash pairs and the breaks both look at it.
  const gaps = tokens.map((_, i) => (i === 0 ? '' : gapBefore(sentence, i)));
  const asides = dashAsides(gaps);
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (asides.has(i)) continue;
    const gap = gaps[i];
    const next = tokens[i + 1]?.norm;
    // A second question joined on needs no comma: "a brief chat or could you connect me…".
    const coordinated =
      COORDINATORS.has(tokens[i].norm) &&
      next !== undefined &&
      (gap.includes(',') ? CLAUSE_OPENERS.has(next) : QUESTION_MODALS.has(next) && QUESTION_SUBJECTS.has(tokens[i + 2]?.norm ?? ''));
    // "Please" after a comma opens an imperative of its own ("I'm begging you, please forward…").
    // After a condition ("If not, please let me know…") the two are one ask; at the end
    // ("…a call, please.") it only softens the clause before it.
    const pleaseOpens = gap.includes(',') && tokens[i].norm === 'please' && next !== undefined && !conditional(tokens, from, i);
    // The parser keeps a full stop with a word before a lower-case one ("connect. if you…"): it ends the clause all the same.
    // Before a capital it marks an abbreviation the parser kept in the sentence ("Would Dr. Lee…").
    const stopInWord = keepsFullStop(tokens[i - 1].text) && /^\p{Ll}/u.test(tokens[i].text);
    if (HARD_BREAK.test(gap) || coordinated || pleaseOpens || stopInWord) {
      const label = gap.trimStart().startsWith(':') ? labelStart(sentence, from, i) : -1;
      if (label > from) clauses.push({ from, to: label });
      clauses.push(label >= 0 ? { from: label, to: i, label: true } : { from, to: i });
      from = i;
    }
  }
  clauses.push({ from, to: tokens.length });
  return clauses;
}

/** Words that make a clause a condition for the next ("if", "when", "should you…"). */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'once', 'unless', 'should']);

const conditional = (tokens: Sentence['tokens'], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (CONDITIONS.has(tokens[i].norm)) return true;
  return false;
};

/** A dash between spaces, or an em dash. */
const DASH = /\s[-–]\s|—/;
/** How many words a pair of dashes may enclose as an aside. */
const ASIDE_WORDS = 6;

/**
 * Of the gaps before each word, those holding dashes that enclose a short aside ("a short
 * call - 20 minutes at most - at a time that suits you"): like a pair of commas, they break
 * no clause.
 */
function dashAsides(gaps: readonly string[]): Set<number> {
  const asides = new Set<number>();
  let open = -1;
  for (let i = 1; i < gaps.length; i++) {
    const gap = gaps[i];
    if (!DASH.test(gap) || /[;:!?…]/.test(gap)) continue;
    if (open >= 0 && i - open <= ASIDE_WORDS) {
      asides.add(open).add(i);
      open = -1;
    } else open = i;
  }
  return asides;
}

/**
 * Where a label before the colon after token `colonAfter - 1` starts, or -1: its words
 * start a line (or the sentence) and are few ("lee@example.com\nPhone: …" labels "Phone").
 */
function labelStart(sentence: Sentence, from: number, colonAfter: number): number {
  const { tokens } = sentence;
  for (let i = colonAfter - 1; i >= Math.max(from, colonAfter - LABEL_WORDS); i--) {
    // Words put to the reader are an ask that introduces what follows ("Could you help: …").
    if (READER_WORDS.has(tokens[i].norm)) return -1;
    if (i === 0) return 0;
    if (/[\n\r]/.test(gapBefore(sentence, i))) return i;
  }
  return -1;
}

/** The text between word `i` of a sentence and the word before it: spaces, punctuation, line breaks. */
export function gapBefore(sentence: Sentence, i: number): string {
  return sentence.text.slice(sentence.tokens[i - 1].end - sentence.start, sentence.tokens[i].start - sentence.start);
}

/** The clause around token positions [from, to) of a sentence, as offsets in the draft. */
export function clauseAround(sentence: Sentence, from: number, to: number): { start: number; end: number } {
  const clauses = clausesOf(sentence);
  const first = clauses.find((clause) => from >= clause.from && from < clause.to) ?? clauses[0];
  const last = clauses.find((clause) => to - 1 >= clause.from && to - 1 < clause.to) ?? first;
  // The last clause keeps the sentence's closing punctuation, so a rewrite can put its own.
  const end = last === clauses[clauses.length - 1] ? sentence.end : sentence.tokens[last.to - 1].end;
  return { start: sentence.tokens[first.from].start, end };
}

/** True when nothing but punctuation and spaces of the sentence lies outside the span: the whole sentence is the problem. */
export function spansSentence(text: string, sentence: Sentence, span: { start: number; end: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, span.start) + text.slice(span.end, sentence.end));
}
