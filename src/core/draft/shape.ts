import { parse as parseYaml } from 'yaml';
import { isBlank, splitLines, type Line } from './lines.js';

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
 * paragraph. Front matter, header fields, signature and quoted replies are not.
 */
export interface DraftShape {
  frontMatter?: FrontMatter;
  /** The header block (`To:`, `Subject:` …) as a whole. */
  header?: Span;
  /** The whole `Subject:` line, present even when the subject is empty. */
  subjectLine?: Span;
  /** The subject's value, without the `Subject:` label (absent when empty). */
  subject?: Span & { value: string };
  greeting?: Span;
  closing?: Span;
  signature?: Span;
  /** Quoted replies: `>` lines, and everything from "On … wrote:" or an "Original Message" marker on. */
  quotes: Span[];
  /** Where the prose (greeting to closing) starts and ends. */
  prose: Span;
  /** Spans that are never linted (front matter, header, signature, quotes). */
  ignored: Span[];
}

const HEADER_FIELD = /^(to|cc|bcc|from|subject|date|reply-to|sent)\s*:/i;
const SUBJECT_FIELD = /^(\s*subject\s*:\s*)(.*?)\s*$/i;
const QUOTE_LINE = /^\s*>/;
const REPLY_INTRO = /^\s*on\b.{1,300}\bwrote:\s*$/i;
const FORWARD_MARKER = /^\s*-{2,}\s*(original message|forwarded message)\s*-{2,}\s*$/i;
const GREETING =
  /^\s*((?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b[^\n,!:.?]{0,40}[,!:]|to whom it may concern[,:]?)/i;
const BARE_GREETING = /^\s*(hi|hello|hey|dear)\b[^.?!]{0,40}$/i;
const SIGN_OFF =
  /^\s*(best|best regards|best wishes|regards|kind regards|warm regards|warmest regards|warmly|warm wishes|sincerely|sincerely yours|yours|yours truly|yours sincerely|(?:thanks|thank you)(?: so much| again)?(?: for (?:your|the) (?:time|consideration|help|reading|read))?|many thanks|cheers|all the best|respectfully|with gratitude|gratefully|with thanks|love|take care|talk soon|until soon)\s*[,.!]?\s*$/i;
/** How far from the end a sign-off may sit (signatures are short). */
const SIGN_OFF_WINDOW = 7;

export function readDraftShape(text: string): DraftShape {
  const lines = splitLines(text);
  const ignored: Span[] = [];
  let index = 0;

  const frontMatter = readFrontMatter(text, lines);
  if (frontMatter) {
    ignored.push({ start: frontMatter.start, end: frontMatter.end });
    while (index < lines.length && lines[index].end <= frontMatter.end) index++;
  }
  while (index < lines.length && isBlank(lines[index])) index++;

  let header: Span | undefined;
  let subject: DraftShape['subject'];
  let subjectLine: Span | undefined;
  const headerStart = index;
  while (index < lines.length && HEADER_FIELD.test(lines[index].text)) {
    const line = lines[index];
    const field = SUBJECT_FIELD.exec(line.text);
    if (field) subjectLine = { start: line.start, end: line.end };
    if (field && field[2]) {
      const valueStart = line.start + field[1].length;
      subject = { start: valueStart, end: valueStart + field[2].length, value: field[2] };
    }
    // The subject is linted from its own parse (see text/parse.ts), so the whole header is masked here.
    ignored.push({ start: line.start, end: line.end });
    index++;
  }
  if (index > headerStart) header = { start: lines[headerStart].start, end: lines[index - 1].end };

  // Quoted replies: a reply intro or forward marker hides everything after it.
  const quotes: Span[] = [];
  let contentEnd = lines.length;
  for (let i = index; i < lines.length; i++) {
    const line = lines[i];
    if (REPLY_INTRO.test(line.text) || FORWARD_MARKER.test(line.text)) {
      quotes.push({ start: line.start, end: text.length });
      contentEnd = i;
      break;
    }
    if (QUOTE_LINE.test(line.text)) quotes.push({ start: line.start, end: line.end });
  }
  ignored.push(...quotes);

  const content = lines.slice(index, contentEnd).filter((line) => !isBlank(line) && !QUOTE_LINE.test(line.text));
  const greeting = readGreeting(content[0]);
  const { closing, signature } = readClosing(content, contentEnd < lines.length ? lines[contentEnd].start : text.length);
  if (signature) ignored.push(signature);

  const proseStart = content.length > 0 ? content[0].start : text.length;
  const proseEnd = closing ? closing.end : content.length > 0 ? content[content.length - 1].end : text.length;
  return {
    frontMatter,
    header,
    subjectLine,
    subject,
    greeting,
    closing,
    signature,
    quotes,
    prose: { start: proseStart, end: Math.max(proseStart, proseEnd) },
    ignored: ignored.filter((span) => span.end > span.start),
  };
}

function readFrontMatter(text: string, lines: Line[]): FrontMatter | undefined {
  if (lines.length < 2 || lines[0].text.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line.text));
  if (close < 0) return undefined;
  const yamlText = text.slice(lines[1].start, lines[close].start);
  const span = { start: 0, end: lines[close].end };
  try {
    const data: unknown = parseYaml(yamlText);
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { ...span, data: record };
  } catch (error) {
    return { ...span, data: {}, error: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

function readGreeting(first: Line | undefined): Span | undefined {
  if (!first) return undefined;
  const match = GREETING.exec(first.text);
  if (match) {
    const offset = first.text.indexOf(match[1]);
    return { start: first.start + offset, end: first.start + offset + match[1].length };
  }
  if (BARE_GREETING.test(first.text) && first.text.trim().split(/\s+/).length <= 5) {
    const leading = first.text.length - first.text.trimStart().length;
    return { start: first.start + leading, end: first.start + first.text.trimEnd().length };
  }
  return undefined;
}

/** The sign-off is the last sign-off-like line near the end; what follows it is the signature. */
function readClosing(content: Line[], contentEnd: number): { closing?: Span; signature?: Span } {
  for (let i = content.length - 1; i >= Math.max(1, content.length - SIGN_OFF_WINDOW); i--) {
    const line = content[i];
    if (!SIGN_OFF.test(line.text)) continue;
    const leading = line.text.length - line.text.trimStart().length;
    const closing = { start: line.start + leading, end: line.start + line.text.trimEnd().length };
    const signature = i + 1 < content.length ? { start: content[i + 1].start, end: trimEndOffset(content, contentEnd) } : undefined;
    return { closing, signature };
  }
  return {};
}

function trimEndOffset(content: Line[], contentEnd: number): number {
  const last = content[content.length - 1];
  return Math.min(contentEnd, last.end);
}

/** Replaces every ignored span with spaces, keeping line breaks, so offsets stay those of the original. */
export function maskIgnored(text: string, ignored: Span[]): string {
  if (ignored.length === 0) return text;
  const sorted = [...ignored].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    out += text.slice(cursor, start) + text.slice(start, span.end).replace(/[^\r\n]/g, ' ');
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
