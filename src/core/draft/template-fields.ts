import { escapeSnippet } from '../rule-types/edits.js';
import { greetingOpener } from './greetings.js';
import { readDraftShape } from './shape.js';

/**
 * How a template field is found in text; the `placeholder` rule type and the ask model read
 * the same fields. Fixed expressions of ours (never user input), each linear: bracketed
 * text that is not a markdown link, a checkbox or a citation; mustache fields, and single
 * braces around a label ("{target_name}", "{place we worked}"); blanks; angle-bracket
 * fields ("<first name>", "<lane/role>"); single guillemets ("‹2–3 time options›").
 */
export const TEMPLATE_FIELDS: readonly FieldPattern[] = [
  { mark: '[', pattern: /\[(?!\s*[xX ]?\s*\])(?!\d+\])[^[\]\n]{1,80}\](?![([:])/g },
  { mark: '{', pattern: /\{\{[^{}\n]{1,80}\}\}/g },
  { mark: '{', pattern: /(?<!\{)\$?\{(?!\{)[A-Za-z][\w '’/.-]{0,60}\}(?!\})/g },
  { mark: '_', pattern: /_{3,}/g },
  { mark: '<', pattern: /<(?:[A-Za-z][A-Za-z]*[ _/-][A-Za-z _/-]{1,40}|(?:your|first|last|full|company|name|title|role|date|school|field|topic|industry|position|team|city)(?:[ _-]?[A-Za-z]{1,20})?)>/gi },
  { mark: '‹', pattern: /‹[^‹›\n]{1,80}›/g },
];

/** A way of writing a field, and a character every match holds: most text has none, and a look is cheaper than a search. */
export interface FieldPattern {
  mark: string;
  pattern: RegExp;
}

/** The fields the patterns find in `text`, as matches. */
export function* fieldMatches(text: string, patterns: readonly FieldPattern[] = TEMPLATE_FIELDS): Generator<RegExpExecArray> {
  for (const { mark, pattern } of patterns) if (text.includes(mark)) yield* text.matchAll(pattern);
}

/**
 * Fields in parentheses, which prose uses far more often ("(mostly marketing)", "(your
 * call)"): only an instruction to the writer ("(insert what you learned)") or a label of
 * what goes there, a name, an organisation, a role or a date ("(Name)", "(Company Name)",
 * "(your university)"). The `placeholder` rule reads them; the ask model has its own
 * reading of parenthesised labels (asks/fields.ts).
 */
export const PARENTHESISED_FIELDS: FieldPattern = {
  mark: '(',
  pattern: /\((?:(?:insert|add|enter|include|fill in|mention|describe|explain|name of)\b[^()\n]{1,80}|(?:(?:your|their|his|her|recipient'?s?|contact'?s?)\s+)?(?:first\s+|last\s+|full\s+|company\s+|role\s+|job\s+|school\s+|team\s+)?(?:name|company|organi[sz]ation|firm|employer|role|position|job title|title|date|school|university|college|major|department|team|city|industry|field))\)/gi,
};

/**
 * A greeting with its name left out ("Hello ,"): the slot a mail merge failed to fill.
 * The first group is the greeting and its comma, the second the gap the name goes in.
 */
export const EMPTY_NAME_SLOT = new RegExp(String.raw`^[\uFEFF \t]*(${greetingOpener(' ')}([ \t]+),)`, 'dgim');

/** A draft's front matter, as parsed (`DraftShape.frontMatter.data`). */
type FrontMatterData = Record<string, unknown>;

/**
 * The template fields that stand for something the front matter already records, so a
 * snippet, a New Draft or a fix can fill them in: "Hi [their name]," becomes "Hi Maya,".
 * Keys are field labels as a template writes them, lower-cased, without brackets; the
 * greeting wants a first name, so "name" fills with the first name and "full name" with all of it.
 */
const FIELD_LABELS = new Map<string, (data: FrontMatterData) => string | undefined>(Object.entries({
  'their name': (data: FrontMatterData) => firstNameOf(data.to),
  name: (data: FrontMatterData) => firstNameOf(data.to),
  'first name': (data: FrontMatterData) => firstNameOf(data.to),
  'their first name': (data: FrontMatterData) => firstNameOf(data.to),
  'full name': (data: FrontMatterData) => nameOf(data.to),
  'their full name': (data: FrontMatterData) => nameOf(data.to),
  company: (data: FrontMatterData) => textOf(data.company),
  'their company': (data: FrontMatterData) => textOf(data.company),
  'company name': (data: FrontMatterData) => textOf(data.company),
  "referrer's name": (data: FrontMatterData) => nameOf(data.referrer),
  referrer: (data: FrontMatterData) => nameOf(data.referrer),
  "referrer's first name": (data: FrontMatterData) => firstNameOf(data.referrer),
  'their field': (data: FrontMatterData) => textOf(data.field),
  field: (data: FrontMatterData) => textOf(data.field),
}));

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined);

/** "Sam Lee <sam@example.com>" → "Sam Lee"; a bare address names nobody. */
function nameOf(value: unknown): string | undefined {
  const text = textOf(value)?.replace(/<[^>]*>/g, '').replace(/["']/g, '').trim();
  return text && !text.includes('@') ? text : undefined;
}

const firstNameOf = (value: unknown) => nameOf(value)?.split(/[\s,]+/)[0];

/** How a template field is written: `[their name]`, `{{first_name}}`, `<Company>`. */
const label = (field: string) =>
  field
    .replace(/^[[{<]+|[\]}>]+$/g, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/’/g, "'");

/** What the front matter says a template field should read, when it says. */
export function templateFieldValue(field: string, data: FrontMatterData | undefined): string | undefined {
  return data ? FIELD_LABELS.get(label(field))?.(data) : undefined;
}

/** `${2:[their name]}` (a tab stop with its field) or a bare `[their name]`, in a snippet. */
const SNIPPET_FIELD = /\$\{\d+:(\[[^\]\n]{1,80}\])\}|\[[^\]\n]{1,80}\]/g;

/**
 * A snippet with every field the front matter knows filled in as plain text, so the
 * writer's tab stops land only on what only they know. Values are escaped for the
 * snippet syntax; a field nobody recorded stays as it was.
 */
export function fillTemplate(snippet: string, data: FrontMatterData | undefined): string {
  if (!data) return snippet;
  return snippet.replace(SNIPPET_FIELD, (whole, inTabStop: string | undefined) => {
    const value = templateFieldValue(inTabStop ?? whole, data);
    return value === undefined ? whole : escapeSnippet(value);
  });
}

/** `fillTemplate` with the fields of a draft's own front matter, read once for any number of snippets. */
export function templateFillerFor(draftText: string): (snippet: string) => string {
  const data = readDraftShape(draftText).frontMatter?.data;
  return (snippet) => fillTemplate(snippet, data);
}

/** The front matter fields that say who a draft is to, in the order they are written. */
const PERSON_KEYS = ['person', 'to', 'email', 'company', 'referrer', 'found-via', 'field'] as const;

/**
 * The front matter lines (`to: Maya Chen`, `company: Northwind` …) that say who a draft
 * is to, so a new draft to the same person starts with them; empty when it names nobody.
 */
export function personFrontMatter(draftText: string): string[] {
  const data = readDraftShape(draftText).frontMatter?.data;
  if (!data || textOf(data.to) === undefined) return [];
  return PERSON_KEYS.flatMap((key) => {
    const value = typeof data[key] === 'number' ? String(data[key]) : textOf(data[key]);
    return value === undefined ? [] : [`${key}: ${yamlValue(value)}`];
  });
}

/** A value as YAML reads it back: plain when it is plainly text, quoted otherwise. */
export function yamlValue(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'@&()/-]*$/u.test(text) && !/:\s|\s#/.test(text) ? text : JSON.stringify(text);
}
