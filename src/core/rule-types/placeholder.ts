import type { RuleData } from '../rule-data.js';
import type { Span } from '../draft/shape.js';
import type { DraftContext, Finding, RuleBehaviour } from './context.js';
import { TEMPLATE_FIELDS, templateFieldValue } from '../draft/template-fields.js';
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
  const toFinding = (context: DraftContext, field: Span & { value: string }): Finding => {
    const name = field.value.replace(/^[[{<]+|[\]}>]+$/g, '').replace(/_/g, '').trim() || 'text';
    const typeOver = { title: data.fixTitle.replace('{actual}', field.value), edits: [{ start: field.start, end: field.end, newText: `\${1:${escapeSnippet(name)}}` }] };
    // A field the front matter already answers ("to: Maya Chen" for [their name]) is filled in one step.
    const known = templateFieldValue(field.value, context.shape.frontMatter?.data);
    const fill = known === undefined ? [] : [{ title: data.fixTitle.replace('{actual}', `“${known}”`), preferred: true, edits: [{ start: field.start, end: field.end, newText: escapeSnippet(known) }] }];
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

function scan(text: string, offset: number): (Span & { value: string })[] {
  const fields: (Span & { value: string })[] = [];
  for (const pattern of TEMPLATE_FIELDS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      fields.push({ start: offset + match.index, end: offset + match.index + match[0].length, value: match[0] });
    }
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
