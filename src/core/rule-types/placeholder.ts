import type { RuleData } from '../rule-data.js';
import type { Span } from '../draft/shape.js';
import type { DraftContext, Finding, RuleBehaviour } from './context.js';
import { EMPTY_NAME_SLOT, fieldMatches, PARENTHESISED_FIELDS, TEMPLATE_FIELDS, templateFieldValue } from '../draft/template-fields.js';
import { escapeSnippet } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `placeholder`: template fields left in the draft: `[Name]`, `{{company}}`,
 * `____`, `<first name>`. Looks at everything that will be sent, signature
 * included; not at front matter, code or quoted replies.
 */
export interface PlaceholderRuleData extends RuleData {
  fixTitle: string;
}

export function compilePlaceholderRule(data: PlaceholderRuleData, _options: RuleOptions): RuleBehaviour {
  const toFinding = (context: DraftContext, field: Field): Finding => {
    const name = field.value.replace(/^\$?[[{<(‹]+|[\]}>)›]+$/g, '').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim() || 'text';
    // An empty name slot keeps its greeting and comma: the name is typed between them.
    const typeOver = field.gap
      ? { title: data.fixTitle.replace('{actual}', 'the name'), edits: [{ start: field.gap.start, end: field.gap.end, newText: ' ${1:name}' }] }
      : { title: data.fixTitle.replace('{actual}', field.value), edits: [{ start: field.start, end: field.end, newText: `\${1:${escapeSnippet(name)}}` }] };
    // A field the front matter already answers ("to: Maya Chen" for [their name]) is filled in one step.
    const known = templateFieldValue(field.gap ? 'name' : field.value, context.shape.frontMatter?.data);
    const at = field.gap ?? field;
    const fill = known === undefined ? [] : [{ title: data.fixTitle.replace('{actual}', `“${known}”`), preferred: true, edits: [{ start: at.start, end: at.end, newText: `${field.gap ? ' ' : ''}${escapeSnippet(known)}` }] }];
    return {
      start: field.start,
      end: field.end,
      actual: field.value,
      message: data.message.replace('{actual}', field.value),
      fixes: [...fill, { ...typeOver, preferred: fill.length === 0 }],
    };
  };
  return {
    phrases: [],
    checkBlock: (context, block) => scan(block.text, block.start).filter((field) => isSent(context, field.start)).map((field) => toFinding(context, field)),
    // The signature, subject and a letter's head are masked out of the prose blocks, yet sent; they are short.
    check(context) {
      const fields = [context.shape.letterHead, context.shape.signature, context.shape.subject].flatMap((span) => (span ? scan(context.text.slice(span.start, span.end), span.start) : []));
      return fields.filter((field) => isSent(context, field.start)).map((field) => toFinding(context, field));
    },
  };
}

/** A field as found: its text, and for an empty name slot ("Hello ,") the gap the name goes in. */
type Field = Span & { value: string; gap?: Span };

/** Where a mail merge's fields can be: the template fields, and labels in parentheses. */
const FIELD_PATTERNS = [...TEMPLATE_FIELDS, PARENTHESISED_FIELDS];

function scan(text: string, offset: number): Field[] {
  const fields: Field[] = [];
  for (const match of fieldMatches(text, FIELD_PATTERNS)) fields.push({ start: offset + match.index, end: offset + match.index + match[0].length, value: match[0] });
  if (!text.includes(' ,') && !text.includes('\t,')) return fields;
  for (const match of text.matchAll(EMPTY_NAME_SLOT)) {
    const [[start, end], [gapStart, gapEnd]] = [match.indices![1], match.indices![2]];
    fields.push({ start: offset + start, end: offset + end, value: match[1], gap: { start: offset + gapStart, end: offset + gapEnd } });
  }
  return fields;
}

/** Text that goes out with the message: not front matter, quotes, or what markdown hides. */
function isSent(context: DraftContext, offset: number): boolean {
  const { shape } = context;
  const inside = (span?: { start: number; end: number }) => span !== undefined && offset >= span.start && offset < span.end;
  if (inside(shape.frontMatter) || shape.quotes.some(inside)) return false;
  if (shape.header && inside(shape.header) && !inside(shape.subject)) return false;
  return !context.hidden.some(inside);
}

export const placeholderType = ruleType<PlaceholderRuleData>({
  keys: ['fixTitle'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compilePlaceholderRule,
});
