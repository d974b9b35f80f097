import type { RuleData } from '../rule-data.js';
import type { DraftContext, Finding, RuleBehaviour } from './context.js';
import { escapeSnippet } from './edits.js';
import type { RuleOptions } from './options.js';

/**
 * `placeholder`: template fields left in the draft: `[Name]`, `{{company}}`,
 * `____`, `<first name>`. Looks at everything that will be sent, signature
 * included; not at front matter, code or quoted replies.
 */
export interface PlaceholderRuleData extends RuleData {
  fixTitle: string;
}

// Fixed expressions of ours (never user input), each linear: bracketed text that is not
// a markdown link, a checkbox or a citation; mustache fields; blanks; angle-bracket fields.
const PLACEHOLDERS = [
  /\[(?!\s*[xX ]?\s*\])(?!\d+\])[^[\]\n]{1,80}\](?![([:])/g,
  /\{\{[^{}\n]{1,80}\}\}/g,
  /_{3,}/g,
  /<(?:[A-Za-z][A-Za-z]*[ _-][A-Za-z _-]{1,40}|(?:your|first|last|full|company|name|title|role|date|school|field|topic|industry|position|team|city)(?:[ _-]?[A-Za-z]{1,20})?)>/gi,
];

export function compilePlaceholderRule(data: PlaceholderRuleData, _options: RuleOptions): RuleBehaviour {
  return {
    phrases: [],
    check(context) {
      const findings: Finding[] = [];
      for (const pattern of PLACEHOLDERS) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
          const start = match.index;
          const end = start + match[0].length;
          if (!isSent(context, start)) continue;
          const field = match[0].replace(/^[[{<]+|[\]}>]+$/g, '').replace(/_/g, '').trim() || 'text';
          findings.push({
            start,
            end,
            actual: match[0],
            message: data.message.replace('{actual}', match[0]),
            fixes: [{ title: data.fixTitle.replace('{actual}', match[0]), preferred: true, edits: [{ start, end, newText: `\${1:${escapeSnippet(field)}}` }] }],
          });
        }
      }
      return findings.sort((a, b) => a.start - b.start);
    },
  };
}

/** Text that goes out with the message: not front matter, quotes, or what markdown hides. */
function isSent(context: DraftContext, offset: number): boolean {
  const { shape } = context;
  const inside = (span?: { start: number; end: number }) => span !== undefined && offset >= span.start && offset < span.end;
  if (inside(shape.frontMatter) || shape.quotes.some(inside)) return false;
  if (shape.header && inside(shape.header) && !inside(shape.subject)) return false;
  return !context.hidden.some(inside);
}
