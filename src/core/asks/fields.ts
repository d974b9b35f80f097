import vocabulary from '../../../generated/vocabulary.json';
import { fieldMatches } from '../draft/template-fields.js';
import { Sentence, stemWord, Token } from '../text/sentences.js';

/**
 * Template fields read as the nouns they stand for. Real drafts are templates: "a
 * [Position] is open", "an opening for (Role Name) at (Company Name)". For the ask model a
 * field whose label names a role reads as "role", one naming an organisation as
 * "company"; the words of the label (rules/vocabulary/asks.yaml, `fields`) decide.
 */
export type FieldKind = 'role' | 'organisation' | 'instruction';

/**
 * The list's words with their plural and possessive forms ("companies", "company's" as
 * "companys"), matched as written: a stem would take "busy" for "business" and "positive"
 * for "position". Written out rather than with a pluralizer, which gives no possessive norm.
 */
const words = (list: string) =>
  new Set(
    ((vocabulary as Record<string, string[]>)[`asks.fields.${list}`] ?? []).flatMap((word) => {
      const lower = word.toLowerCase();
      return [lower, `${lower}s`, `${lower}es`, ...(lower.endsWith('y') ? [`${lower.slice(0, -1)}ies`] : [])];
    }),
  );
const ROLE_WORDS = words('role');
const AREA_WORDS = words('area');
const TOPIC_WORDS = words('topic');
/** The words that name an organisation ("company", "firm", "team"), in a field's label or in the text. */
export const ORGANISATION_WORDS = words('organisation');
/** What a field of each kind reads as. */
const READS_AS: Record<FieldKind, string> = { role: 'role', organisation: 'company', instruction: 'placeholder' };
/**
 * A longer bracketed label that names neither ("[1-2 next steps agreed upon in the meeting]")
 * tells the writer what to put there: its words are not the draft's, so they read as one
 * word that matches nothing. A short one ("[their field]", "[topic]") keeps its words.
 */
const INSTRUCTION_WORDS = 4;
/** A possessive inside a field stays, so "[your company]" is still the reader's. */
const POSSESSIVES = new Set(['your', 'their', 'my', 'his', 'her', 'our']);
/** Inside a field, "your" is the writer filling it in and "their" the reader. */
const TEMPLATE_PERSON: ReadonlyMap<string, string> = new Map([
  ['your', 'my'],
  ['their', 'your'],
]);
/** A possessive from inside a field, read as the person it stands for once the template is filled in. */
function asFilledIn(token: Token): Token {
  const person = TEMPLATE_PERSON.get(token.norm);
  return person ? new Token(token.text, person, stemWord(person), token.from, token.to, token.origin) : token;
}
/**
 * A parenthesised field: every word capitalised, as a template writes a label ("(Role
 * Name)"), or a short lower-case label (checked below for a field word). Prose in
 * parentheses ("(mostly marketing)") names no role or organisation and stays as written.
 */
const PARENTHESISED = /\(([^()\n]{1,40})\)/g;
const SHORT_LABEL_WORDS = 3;

/** A token that stands for a template field, with the kind of thing it names. */
export class FieldToken extends Token {
  constructor(
    readonly kind: FieldKind,
    from: number,
    to: number,
    origin: Token['origin'],
    text: string,
  ) {
    const norm = READS_AS[kind];
    super(text, norm, stemWord(norm), from, to, origin);
  }
}

/** The label's words: "JobPosition" and "job_position" both give job, position. */
const labelWords = (label: string) =>
  label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

function kindOf(label: string): FieldKind | undefined {
  const lower = labelWords(label).map((word) => word.toLowerCase());
  if (lower.some((word) => TOPIC_WORDS.has(word))) return undefined;
  if (lower.some((word) => ROLE_WORDS.has(word))) return lower.some((word) => AREA_WORDS.has(word)) ? undefined : 'role';
  if (lower.some((word) => ORGANISATION_WORDS.has(word))) return 'organisation';
  return undefined;
}

/**
 * The English parser keeps "in." whole (the abbreviation for inches), so "the role I'm
 * interested in. I believe…" stays one sentence; the ask model reads the word, and the
 * full stop after it ends a clause (see clauses.ts).
 */
const endsOnPreposition = (token: Token) => token.norm === 'in' && token.text.endsWith('.');

/** The role, organisation and instruction fields of a sentence's text: offsets relative to the sentence. */
function fieldsIn(text: string): { from: number; to: number; kind: FieldKind }[] {
  const found: { from: number; to: number; kind: FieldKind }[] = [];
  const add = (from: number, to: number, label: string, instruction = false) => {
    // A menu of choices ("[coffee / a chat / a call]") is the draft's words, whichever is kept.
    const instructs = instruction && labelWords(label).length >= INSTRUCTION_WORDS && !label.includes('/');
    const kind = kindOf(label) ?? (instructs ? 'instruction' : undefined);
    if (kind) found.push({ from, to, kind });
  };
  for (const match of fieldMatches(text)) add(match.index, match.index + match[0].length, match[0], true);
  for (const match of text.matchAll(PARENTHESISED)) {
    const label = labelWords(match[1]);
    const capitalised = label.every((word) => /^\p{Lu}/u.test(word));
    if (capitalised || label.length <= SHORT_LABEL_WORDS) add(match.index, match.index + match[0].length, match[1]);
  }
  return found;
}

/**
 * The sentence as the ask model reads it: each role, organisation or instruction field one
 * token (a possessive inside a role or organisation field kept before it), and "in." read
 * as "in". The same sentence when it has neither.
 */
export function readingOf(sentence: Sentence): Sentence {
  const fields = /[[({<_]/.test(sentence.text) ? fieldsIn(sentence.text) : [];
  const dotted = sentence.tokens.some(endsOnPreposition);
  if (fields.length === 0 && !dotted) return sentence;
  const offset = sentence.start - sentence.origin.start;
  const tokens: Token[] = [];
  let i = 0;
  const all = sentence.tokens;
  for (const field of fields.sort((a, b) => a.from - b.from)) {
    const from = offset + field.from;
    const to = offset + field.to;
    while (i < all.length && all[i].from < from) tokens.push(all[i++]);
    const inside: Token[] = [];
    while (i < all.length && all[i].to <= to) inside.push(all[i++]);
    if (inside.length === 0) continue;
    const kept = field.kind === 'instruction' ? [] : inside.filter((token) => POSSESSIVES.has(token.norm));
    // A template speaks to whoever fills it in: "[your role]" is the writer's, "[their company]" the reader's.
    tokens.push(...kept.map(asFilledIn));
    const rest = inside.filter((token) => !kept.includes(token));
    // The field token covers its brackets, or starts after a possessive kept from inside it.
    const start = kept.length > 0 ? (rest[0] ?? inside[0]).from : from;
    tokens.push(new FieldToken(field.kind, start, to, sentence.origin, sentence.text.slice(start - offset, field.to)));
  }
  while (i < all.length) tokens.push(all[i++]);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (endsOnPreposition(token)) tokens[k] = new Token(token.text.slice(0, -1), 'in', stemWord('in'), token.from, token.to - 1, token.origin);
  }
  const reading = new Sentence(sentence.text, tokens, sentence.isQuestion, offset, offset + sentence.text.length, sentence.origin);
  reading.section = sentence.section;
  return reading;
}
