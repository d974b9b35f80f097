import { parseIsoDate } from '../schedule/dates.js';
import type { TextEdit } from '../types.js';
import { readDraftShape, type DraftShape, type Span } from './shape.js';

/** The dates a draft's front matter can record, in the order a conversation usually goes. */
export const CONVERSATION_DATES = ['sent', 'replied', 'met', 'thanked', 'reported-back', 'last-contact', 'landed'] as const;
export type ConversationDate = (typeof CONVERSATION_DATES)[number];

/**
 * `referrer` is the person who introduced you (they are owed a report after the meeting);
 * `found-via` is any other way you found them (LinkedIn, an article), kept for the record.
 */
const NAME_FIELDS = { person: ['person'], to: ['to'], email: ['email'], company: ['company'], referrer: ['referrer'], foundVia: ['found-via'] } as const;
type NameField = keyof typeof NAME_FIELDS;

/**
 * Who a draft is to and where the conversation stands, as its front matter records it.
 * Only readable dates are kept here; `problems` says what could not be read or does not add up.
 */
export interface ConversationFields extends Partial<Record<NameField, string>> {
  kind?: string;
  /** Which step of the conversation this draft is (`thank-you`, `report-back` …), when it says so. */
  step?: string;
  dates: Partial<Record<ConversationDate, string>>;
}

export interface FrontMatterProblem extends Span {
  field: string;
  value: string;
  problem: 'unreadable' | 'order' | 'future';
  /** For `order`: the field this date should not come before. */
  after?: string;
}

/** A later step cannot come before the one it follows: you meet after writing, thank after meeting. */
const ORDER: [later: ConversationDate, earlier: ConversationDate][] = [
  ['replied', 'sent'],
  ['met', 'sent'],
  ['thanked', 'met'],
  ['reported-back', 'met'],
];

/** The conversation fields of a draft, or undefined when its front matter names nobody. */
export function readConversation(text: string, shape: DraftShape = readDraftShape(text)): ConversationFields | undefined {
  const data = shape.frontMatter?.data;
  if (!data) return undefined;
  const fields: ConversationFields = { dates: {} };
  for (const [field, keys] of Object.entries(NAME_FIELDS) as [NameField, readonly string[]][]) {
    const value = keys.map((key) => data[key]).find((candidate) => candidate !== undefined && candidate !== null);
    if (typeof value === 'string' || typeof value === 'number') fields[field] = String(value).trim().replace(/\s+/g, ' ') || undefined;
  }
  if (typeof data.kind === 'string') fields.kind = data.kind;
  if (typeof data.step === 'string') fields.step = data.step;
  for (const key of CONVERSATION_DATES) {
    const date = dateOf(data[key]);
    if (date) fields.dates[key] = date;
  }
  return fields.person || fields.to ? fields : undefined;
}

/** What is wrong with the front matter's dates, each placed on its value. `today` is YYYY-MM-DD. */
export function conversationProblems(text: string, shape: DraftShape, today: string): FrontMatterProblem[] {
  const frontMatter = shape.frontMatter;
  if (!frontMatter || frontMatter.error) return [];
  const values = frontMatterValues(text, frontMatter);
  const problems: FrontMatterProblem[] = [];
  const dates: Partial<Record<ConversationDate, string>> = {};
  for (const key of CONVERSATION_DATES) {
    const raw = frontMatter.data[key];
    const place = values.get(key);
    if (raw === undefined || raw === null || !place) continue;
    const date = dateOf(raw);
    if (!date) problems.push({ ...place, field: key, problem: 'unreadable' });
    else if (date > today) problems.push({ ...place, field: key, problem: 'future' });
    else dates[key] = date;
  }
  for (const [later, earlier] of ORDER) {
    const place = values.get(later);
    if (place && dates[later] && dates[earlier] && dates[later]! < dates[earlier]!) {
      problems.push({ ...place, field: later, problem: 'order', after: earlier });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

/**
 * YAML reads an unquoted 2026-03-04 as a timestamp, and a quoted one as a string;
 * either is a day. Anything else (a month name, "next week", a time of day) is not.
 */
function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.slice(10) === 'T00:00:00.000Z' ? iso.slice(0, 10) : undefined;
  }
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

const TOP_LEVEL_KEY = /^(["']?)([A-Za-z][\w-]*)\1[ \t]*:[ \t]*/;

/**
 * Where each top-level key's value sits in the text. js-yaml gives values but no
 * positions; a finding belongs on its line, and these keys are flat `key: value` lines.
 */
function frontMatterValues(text: string, frontMatter: Span): Map<string, Span & { value: string }> {
  const places = new Map<string, Span & { value: string }>();
  const lines = /[^\r\n]*(\r\n|\r|\n)?/g;
  lines.lastIndex = frontMatter.start;
  for (let line = lines.exec(text); line && line.index < frontMatter.end && line[0] !== ''; line = lines.exec(text)) {
    const content = line[0].replace(/[\r\n]+$/, '');
    const key = TOP_LEVEL_KEY.exec(content);
    if (!key || places.has(key[2])) continue;
    const valueText = content.slice(key[0].length).replace(/[ \t]+#.*$/, '').trimEnd();
    const start = line.index + key[0].length;
    // An empty value is placed on the key, so the finding still has something to underline.
    places.set(key[2], valueText ? { start, end: start + valueText.length, value: valueText } : { start: line.index, end: line.index + content.length, value: '' });
  }
  return places;
}

/**
 * The one edit that records `key: date` in the draft's front matter: the value replaced
 * when the key is there, a line added before the closing `---` when not, and front
 * matter created at the top when the draft has none. Nothing else is touched.
 */
export function frontMatterDateEdit(text: string, key: ConversationDate, date: string): TextEdit {
  const shape = readDraftShape(text);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const frontMatter = shape.frontMatter;
  if (!frontMatter || frontMatter.error) {
    // Unreadable YAML is left alone: a new block above it would hide it from the reader.
    if (frontMatter?.error) throw new Error(`the front matter is not valid YAML, so ${key} was not written`);
    return { start: 0, end: 0, newText: `---${eol}${key}: ${date}${eol}---${eol}` };
  }
  const place = frontMatterValues(text, frontMatter).get(key);
  if (place) return place.value ? { start: place.start, end: place.end, newText: date } : { start: place.end, end: place.end, newText: ` ${date}` };
  const closing = text.lastIndexOf('\n', frontMatter.end - 1) + 1;
  return { start: closing, end: closing, newText: `${key}: ${date}${eol}` };
}

/**
 * Which date sending this draft records: a thank-you records `thanked`, a report to the
 * referrer `reported-back`, a check-in or good news `last-contact`; a request or nudge `sent`.
 */
export function dateRecordedBySending(fields: Pick<ConversationFields, 'kind' | 'step'> | undefined): ConversationDate {
  const step = fields?.step ?? (fields?.kind === 'thank-you' ? 'thank-you' : undefined);
  if (step === 'thank-you') return 'thanked';
  if (step === 'report-back') return 'reported-back';
  if (step === 'keep-in-touch' || step === 'good-news') return 'last-contact';
  return 'sent';
}
