import { load as parseYaml } from 'js-yaml';
import { firstLine, YAML_LIMITS } from '../config/parse.js';
import { toPlainData } from '../config/plain-data.js';
import { greetingOpener } from './greetings.js';
import { endOfLineAt, isBlank, isLineBreak, isWhiteSpace, startOfLineAt, type Line } from './lines.js';
import type { TextChange } from '../text/change.js';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatter extends Span {
  data: Record<string, unknown>;
  /** Set when the YAML could not be read; the draft is still linted. */
  error?: string;
}

/**
 * The parts of an email draft. Spans index into the original text. Only the
 * greeting, body and closing are prose to lint; the subject is linted as its own
 * paragraph. Front matter, header fields, a letter's head, signature and quoted replies are not.
 */
export interface DraftShape {
  frontMatter?: FrontMatter;
  /** The header block (`To:`, `Subject:` …) as a whole. */
  header?: Span;
  /**
   * A letter's head above a greeting further down (addresses, a date, a title): sent with
   * the letter, so not a header, but not prose to lint either.
   */
  letterHead?: Span;
  /** The whole `Subject:` line, present even when the subject is empty. */
  subjectLine?: Span;
  /** The subject's value, without the `Subject:` label (absent when empty). */
  subject?: Span & { value: string };
  greeting?: Span;
  closing?: Span;
  signature?: Span;
  /** With no sign-off, a name alone on the last line, which signs the note ("…next week?\n\nLee"). */
  signedName?: Span;
  /** Quoted replies: `>` lines, and everything from "On … wrote:" or an "Original Message" marker on. */
  quotes: Span[];
  /** Where the prose (greeting to closing) starts and ends. */
  prose: Span;
  /** Spans that are never linted (front matter, header, signature, quotes). */
  ignored: Span[];
}

// Templates often label the subject "Subject line:".
const HEADER_FIELD = /^(to|cc|bcc|from|subject(?:[ \t]+line)?|date|reply-to|sent)\s*:/i;
const SUBJECT_FIELD = /^(\s*subject(?:[ \t]+line)?\s*:\s*)(.*?)\s*$/i;
const QUOTE_LINE = /^\s*>/;
/** A title's full stop ("Dear Dr. Okafor,") does not end the greeting. */
const TITLE = String.raw`\b(?:mr|mrs|ms|mx|dr|prof)\.`;
const GREETING = new RegExp(
  String.raw`^\s*(${greetingOpener(String.raw`\s+`)}\b(?:${TITLE}|[^\n,!:.?]){0,40}[,!:]|to whom it may concern[,:]?)`,
  'i',
);
const BARE_GREETING = new RegExp(String.raw`^\s*(hi|hello|hey|dear)\b(?:${TITLE}|[^.?!]){0,40}$`, 'i');
/**
 * A line that is only a name, or a title and name, and a comma or dash ("Priya -",
 * "Mr. White,", "Dr. [Name],"): how people who know each other, and some formal letters,
 * open. Up to three capitalised words or template fields.
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\))`;
const NAME_GREETING = new RegExp(String.raw`^\s*(${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\s*[,\-–—])\s*$`, 'u');
/** A line that is only a name ("Charlotte Bronte", "[Your Name]"): a signature with no sign-off above it. */
const NAME_LINE = new RegExp(String.raw`^\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\.?\s*$`, 'u');
/** A first word that opens a reply, an exclamation or a heading, not a name ("Great,", "Thanks -", "Summary -"). */
const NOT_A_NAME = new Set(['great', 'thanks', 'thank', 'cheers', 'congratulations', 'congrats', 'ok', 'okay', 'yes', 'no', 'sure', 'well', 'so', 'also', 'update', 'quick', 'hi', 'hello', 'hey', 'dear', 'subject', 're', 'fwd', 'note', 'notes', 'ps', 'p.s.', 'summary', 'background', 'agenda', 'context', 'question', 'questions', 'tldr']);
const SIGN_OFF =
  /^\s*(best|best regards|best wishes|regards|kind regards|warm regards|warmest regards|warmly|warm wishes|sincerely|sincerely yours|yours|yours truly|yours sincerely|(?:thanks|thank you)(?: so much| again)?(?: for (?:your|the) (?:time|consideration|help|reading|read))?|(?:thanks|thank you)(?: so much)? for taking (?:the|some) time(?: to read (?:this|my (?:note|email|message)))?|(?:thanks|thank you)(?: so much)? in advance|(?:thanks|thank you) and (?:best |kind |warm )?regards|(?:i )?(?:hope|hoping) to hear from you(?: soon)?|(?:i(?: a|')m |i )?look(?:ing)? forward to hearing from you(?: soon)?|many thanks|cheers|all the best|respectfully|with gratitude|gratefully|with thanks|love|take care|talk soon|until soon)\s*[,.!]?\s*$/i;
/** How far from the end a sign-off may sit (signatures are short). */
const SIGN_OFF_WINDOW = 7;

/**
 * Reads the draft's shape from its first and last lines and a scan for quote
 * lines, without splitting the whole text into lines: drafts are re-read on
 * every keystroke, and pasted threads can be long.
 */
export function readDraftShape(text: string, options: ShapeOptions = {}): DraftShape {
  const ignored: Span[] = [];
  const frontMatter = readFrontMatter(text);
  if (frontMatter) ignored.push({ start: frontMatter.start, end: frontMatter.end });
  let line = nextContentLine(text, frontMatter ? nextLineStart(text, frontMatter.end) : 0, false);

  let header: Span | undefined;
  let subject: DraftShape['subject'];
  let subjectLine: Span | undefined;
  while (line && HEADER_FIELD.test(line.text)) {
    const field = SUBJECT_FIELD.exec(line.text);
    if (field) subjectLine = { start: line.start, end: line.end };
    if (field && field[2]) {
      const valueStart = line.start + field[1].length;
      subject = { start: valueStart, end: valueStart + field[2].length, value: field[2] };
    }
    // The subject is linted from its own parse, so the whole header is masked here.
    ignored.push({ start: line.start, end: line.end });
    header = { start: header?.start ?? line.start, end: line.end };
    line = lineAt(text, nextLineStart(text, line.end));
  }
  const contentStart = line ? line.start : text.length;

  // Quoted replies: a reply intro or forward marker hides everything after it.
  const known = options.change && replyStartAfter(options.change, text, contentStart);
  const replyStart = known ? known.start : findReplyStart(text, contentStart);
  if (options.remember !== undefined) lastReply = options.remember ? { text, from: contentStart, start: replyStart } : undefined;
  const contentEnd = replyStart ?? text.length;
  const quotes = quoteLines(text, contentStart, contentEnd);
  if (replyStart !== undefined) quotes.push({ start: replyStart, end: text.length });
  ignored.push(...quotes);

  let first = nextContentLine(text, contentStart, true, contentEnd);
  let greeting = readGreeting(first, true);
  // A letter's head (addresses, a date, a title line) above a greeting further down is not prose.
  const head = greeting ? undefined : readLetterHead(text, first, contentEnd);
  if (head) {
    ignored.push(head.span);
    first = head.greetingLine;
    greeting = head.greeting;
  }
  const last = lastContentLines(text, contentStart, contentEnd, SIGN_OFF_WINDOW);
  const { closing, signature, postscript } = readClosing(last);
  const signedName = closing ? undefined : readSignedName(last);
  if (signature) ignored.push(signature);

  const proseStart = first ? first.start : text.length;
  const proseEnd = postscript ? postscript.end : closing ? closing.end : last.length > 0 ? last[last.length - 1].end : text.length;
  return {
    frontMatter,
    header,
    letterHead: head?.span,
    subjectLine,
    subject,
    greeting,
    closing,
    signature,
    signedName,
    quotes,
    prose: { start: proseStart, end: Math.max(proseStart, proseEnd) },
    ignored: ignored.filter((span) => span.end > span.start),
  };
}

export interface ShapeOptions {
  /** How the text differs from the one read before (see TextChange). */
  change?: TextChange;
  /** Keep what this reading found, for the next one's `change`. */
  remember?: boolean;
}

/** The latest remembered reply search: the text, where the search began, and what it found. */
let lastReply: { text: string; from: number; start: number | undefined } | undefined;

/**
 * Where the first reply line starts after an edit, from the remembered search: the lines
 * before the change are the same, and so are those after it, only moved. Only the lines
 * the edit touched are read, unless the reply line found before was among them (then
 * undefined: search again). Each keystroke would otherwise search a long document whole.
 */
function replyStartAfter(change: TextChange, text: string, from: number): { start: number | undefined } | undefined {
  const last = lastReply;
  if (!last || last.text !== change.previous || last.from !== from || change.prefix < from) return undefined;
  const changedLine = startOfLineAt(text, change.prefix, from);
  if (last.start !== undefined && last.start < changedLine) return { start: last.start };
  const changedEnd = endOfLineAt(text, Math.max(changedLine, text.length - change.suffix));
  const within = findReplyStart(text.slice(changedLine, changedEnd), 0);
  if (within !== undefined) return { start: changedLine + within };
  const delta = text.length - change.previous.length;
  if (last.start === undefined) return { start: undefined };
  return last.start > changedEnd - delta ? { start: last.start + delta } : undefined;
}

/** A line that starts a quoted reply: "On … wrote:", or an "Original Message" or "Forwarded message" marker. */
const REPLY_LINE = /^[ \t]*(?:on\b.{1,300}\bwrote:|-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,})[ \t]*$/i;
/** What every such line contains; lines are read only where one occurs (two searches: an alternation reads the text several times slower). */
const WROTE_HINT = /wrote:/gi;
const DASHES_HINT = '--';

/**
 * Where the first quoted reply starts, from `from` (a line start) on. A multiline regex
 * tries every line start of the draft, and the draft is read on every keystroke: the
 * lines read here are only those with a reply line's hint in them.
 */
function findReplyStart(text: string, from: number): number | undefined {
  let wrote = nextWrote(text, from);
  let dashes = text.indexOf(DASHES_HINT, from);
  while (wrote >= 0 || dashes >= 0) {
    const hint = dashes < 0 || (wrote >= 0 && wrote < dashes) ? wrote : dashes;
    const start = startOfLineAt(text, hint, from);
    const end = endOfLineAt(text, hint);
    if (REPLY_LINE.test(text.slice(start, end))) return start;
    if (wrote >= 0 && wrote < end) wrote = nextWrote(text, end);
    if (dashes >= 0 && dashes < end) dashes = text.indexOf(DASHES_HINT, end);
  }
  return undefined;
}

function nextWrote(text: string, from: number): number {
  WROTE_HINT.lastIndex = from;
  return WROTE_HINT.exec(text)?.index ?? -1;
}

/** Quote lines (`>` after nothing but spaces or tabs) from `from` (a line start) to `to`, each up to its line end. */
function quoteLines(text: string, from: number, to: number): Span[] {
  const quotes: Span[] = [];
  for (let mark = text.indexOf('>', from); mark !== -1 && mark < to; mark = text.indexOf('>', mark + 1)) {
    let start = mark;
    while (start > from && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (start > from && !isLineBreak(text.charCodeAt(start - 1))) continue;
    if (start >= to) break;
    const end = endOfLineAt(text, mark);
    quotes.push({ start, end });
    mark = end;
  }
  return quotes;
}

/** The line that starts at `start` (which must be a line start). */
function lineAt(text: string, start: number): Line | undefined {
  // A byte-order mark (files saved by some Windows editors, read as they are by Node) is not the first line's text.
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  if (start >= text.length) return undefined;
  const end = endOfLineAt(text, start);
  return { text: text.slice(start, end), start, end };
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : text.length;
}

/** The first non-blank line from `start`, skipping quote lines when asked. */
function nextContentLine(text: string, start: number, skipQuotes: boolean, end = text.length): Line | undefined {
  for (let line = lineAt(text, start); line && line.start < end; line = lineAt(text, nextLineStart(text, line.end))) {
    if (!isBlank(line) && !(skipQuotes && QUOTE_LINE.test(line.text))) return line;
  }
  return undefined;
}

/** Up to `count` last non-blank, non-quote lines before `end`, in document order. */
function lastContentLines(text: string, start: number, end: number, count: number): Line[] {
  const lines: Line[] = [];
  let lineEnd = end;
  while (lineEnd > start && lines.length < count) {
    const lineStart = startOfLineAt(text, lineEnd, start);
    const line = { text: text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd };
    if (!isBlank(line) && !QUOTE_LINE.test(line.text)) lines.unshift(line);
    lineEnd = lineStart - (text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? 2 : 1);
  }
  return lines;
}

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = lineAt(text, 0);
  if (!open || open.text.trimEnd() !== '---') return undefined;
  for (let line = lineAt(text, nextLineStart(text, open.end)); line; line = lineAt(text, nextLineStart(text, line.end))) {
    if (!/^(---|\.\.\.)\s*$/.test(line.text)) continue;
    const yamlText = text.slice(nextLineStart(text, open.end), line.start);
    const span = { start: 0, end: line.end };
    try {
      // Bounded like a config file: a few hundred bytes of aliases must not expand to gigabytes.
      const { data } = toPlainData(parseYaml(yamlText, YAML_LIMITS));
      // An ordinary object (fromEntries defines keys, so `__proto__` stays a plain key).
      const record = data && typeof data === 'object' && !Array.isArray(data) ? Object.fromEntries(Object.entries(data)) : {};
      return { ...span, data: record };
    } catch (error) {
      return { ...span, data: {}, error: `front matter is not valid YAML: ${firstLine(error)}` };
    }
  }
  return undefined;
}

/** `names`: a name alone counts ("Priya -"), on the first line only: further down, a short line with a comma is as often a signature or a heading. */
function readGreeting(first: Line | undefined, names = false): Span | undefined {
  if (!first) return undefined;
  const match = GREETING.exec(first.text);
  if (match) {
    const offset = first.text.indexOf(match[1]);
    return { start: first.start + offset, end: first.start + offset + match[1].length };
  }
  if ((BARE_GREETING.test(first.text) && first.text.trim().split(/\s+/).length <= 5) || (names && isNameGreeting(first.text))) {
    const leading = first.text.length - first.text.trimStart().length;
    return { start: first.start + leading, end: first.start + first.text.trimEnd().length };
  }
  return undefined;
}

/** A line that is a name and a comma or dash, not an opener ("Great,") or a sign-off ("Best,"). */
function isNameGreeting(line: string): boolean {
  return NAME_GREETING.test(line) && !NOT_A_NAME.has(line.trim().split(/[\s,:]+/)[0].toLowerCase()) && !SIGN_OFF.test(line);
}

/** How many short lines a letter's head may have above its greeting (two addresses, a date, a reference). */
const LETTER_HEAD_LINES = 12;
/** A head line is short: a name, an address line, a date, a title. */
const HEAD_LINE = { characters: 60, words: 8 };

/**
 * The short lines above a greeting that opens further down ("5 Foster Road / April 27 /
 * Ms. Berrero / … / Dear Ms. Berrero:"), and the greeting's line. A long line is
 * prose, and then the draft has no letter head.
 */
function readLetterHead(text: string, first: Line | undefined, end: number): { span: Span; greetingLine: Line; greeting: Span } | undefined {
  if (!first) return undefined;
  let line: Line | undefined = first;
  for (let count = 0; line && count < LETTER_HEAD_LINES; count++) {
    const trimmed = line.text.trim();
    if (trimmed.length > HEAD_LINE.characters || trimmed.split(/\s+/).length > HEAD_LINE.words) return undefined;
    const next = nextContentLine(text, nextLineStart(text, line.end), true, end);
    const greeting = readGreeting(next);
    if (next && greeting) return { span: { start: first.start, end: line.end }, greetingLine: next, greeting };
    line = next;
  }
  return undefined;
}

/** The sign-off is the last sign-off-like line near the end (not the first line); what follows is the signature. */
/**
 * The sign-off among the last lines, the signature under it, and a postscript under that
 * ("P.S. …", which goes after the name in a letter, and is prose the reader reads).
 */
function readClosing(last: Line[]): { closing?: Span; signature?: Span; postscript?: Span } {
  for (let i = last.length - 1; i >= 1; i--) {
    const line = last[i];
    if (!SIGN_OFF.test(line.text)) continue;
    const leading = line.text.length - line.text.trimStart().length;
    const closing = { start: line.start + leading, end: line.start + line.text.trimEnd().length };
    const marker = last.findIndex((after, k) => k > i && POSTSCRIPT.test(after.text));
    const signatureEnd = marker === -1 ? last.length : marker;
    // "Thank you." on a line of its own, with paragraphs of prose after it, is part of the
    // letter: a signature is a name, a title, an address.
    if (last.slice(i + 1, signatureEnd).some(isProse)) continue;
    const signature = i + 1 < signatureEnd ? { start: last[i + 1].start, end: last[signatureEnd - 1].end } : undefined;
    const postscript = marker === -1 ? undefined : { start: last[marker].start, end: last[last.length - 1].end };
    return { closing, signature, postscript };
  }
  return {};
}

/** The last line, when it is a name alone under a line of the note ("…Thanks again for your time,\n\nCharlotte Bronte"). */
function readSignedName(last: Line[]): Span | undefined {
  const line = last[last.length - 1];
  if (last.length < 2 || !NAME_LINE.test(line.text)) return undefined;
  const leading = line.text.length - line.text.trimStart().length;
  return { start: line.start + leading, end: line.start + line.text.trimEnd().length };
}

/** A line of sentences, not of a signature: many words, ending as a sentence ends. */
function isProse(line: Line): boolean {
  const words = line.text.trim().split(/\s+/).length;
  return words >= PROSE_WORDS.sentence && /[.!?]["'”’)]?\s*$/.test(line.text) || words >= PROSE_WORDS.any;
}
/** How many words make a line prose: with a sentence's closing stop, or at any rate. */
const PROSE_WORDS = { sentence: 12, any: 25 };

/** A line that starts a postscript: "P.S.", "PS:", "P.P.S." and the like. */
const POSTSCRIPT = /^\s*p\.?\s?(?:p\.?\s?)?s\.?(?=\s|:|$)/i;

/**
 * A name signed after a dash on the last line of prose ("…if a fit opens up. — Sam",
 * "– [Your Name]"): how a connection note or direct message signs off. An email puts its
 * sign-off on a line of its own.
 */
const INLINE_SIGNATURE = /[.!?)]\s*[—–-]\s*(?:\[[^\]\n]{1,30}\]|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*$/u;

/** How far back from the end of the prose a signature after a dash is looked for (a sentence's end, a dash and a name). */
const INLINE_SIGNATURE_REACH = 120;

export function signedInline(text: string, shape: DraftShape): boolean {
  // Only the end of the last line is read: a long document is linted on every keystroke.
  let end = shape.prose.end;
  while (end > shape.prose.start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const start = startOfLineAt(text, end, Math.max(shape.prose.start, end - INLINE_SIGNATURE_REACH));
  return INLINE_SIGNATURE.test(text.slice(start, end));
}

/** A sentence's part of the draft: the greeting or closing only if it starts within that line and is no longer than it. */
export function sectionOf(sentence: { start: number; end: number }, shape: DraftShape): 'greeting' | 'body' | 'closing' {
  const within = (span?: Span) => span !== undefined && sentence.start >= span.start && sentence.start < span.end;
  if (within(shape.greeting) && sentence.end <= shape.greeting!.end + 1) return 'greeting';
  if (within(shape.closing)) return 'closing';
  return 'body';
}

/** Replaces every ignored span with spaces, keeping line breaks (all four kinds), so offsets stay those of the original. */
export function maskIgnored(text: string, ignored: readonly Span[]): string {
  if (ignored.length === 0) return text;
  const sorted = [...ignored].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    out += text.slice(cursor, start) + text.slice(start, span.end).replace(/[^\r\n\u2028\u2029]/g, ' ');
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** `maskIgnored(text, ignored).slice(start, end)`, without masking (or copying) the rest of the text. */
export function maskedSlice(text: string, ignored: readonly Span[], start: number, end: number): string {
  const inside = ignored.filter((span) => span.end > start && span.start < end).map((span) => ({ start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start }));
  return maskIgnored(text.slice(start, end), inside);
}
