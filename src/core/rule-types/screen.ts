import type { RuleData } from '../rule-data.js';
import { findLast } from '../stats.js';
import { isWhiteSpace } from '../draft/lines.js';
import type { Sentence } from '../text/sentences.js';
import type { Finding, RuleBehaviour } from './context.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `screen`: how the message lays out on a phone. The prose from the greeting to the
 * end of the body (a sign-off below the fold hides nothing the reader needs) is wrapped at `lineCharacters` characters a line, word by word as a mail app
 * wraps it, with its blank lines kept; when it needs more than `screenLines` lines,
 * the finding sits on the first sentence the reader has to scroll to. Unlike a word
 * count, this sees what a phone sees: many short paragraphs, or a list, need
 * scrolling before their words add up.
 */
export interface ScreenRuleData extends RuleData {
  /** `{max}` the lines a screen shows, `{kind}`. */
  messages: { scroll: string };
}

export function compileScreenRule(data: ScreenRuleData, options: RuleOptions): RuleBehaviour {
  const width = Math.max(1, options.values.lineCharacters ?? 40);
  const screen = options.values.screenLines ?? Infinity;
  return {
    wholeDraft: true,
    phrases: [],
    check(context) {
      // Read from the start up to the fold, and from the end for the last line: a long document is not filtered on every keystroke.
      const sentences = context.sentences;
      if (!sentences.some((sentence) => sentence.section === 'body')) return [];
      const first = sentences.find(isLaidOut)!;
      const last = findLast(sentences, isLaidOut) ?? first;
      const from = first.start;
      // Only the lines up to the fold are laid out: a long document is not wrapped to its end on every keystroke.
      const lines = screenLinesOf(context.text.slice(from, last.end), width, screen + 1);
      if (lines.length <= screen) return [];
      // The first line below the fold, as an offset; the sentence that reaches past it is where scrolling starts.
      const fold = from + lines[screen];
      const below = sentences.find((sentence) => isLaidOut(sentence) && sentence.end > fold) ?? last;
      const message = data.messages.scroll.replace('{max}', String(screen)).replace('{kind}', context.kind);
      const finding: Finding = { start: below.start, end: below.end, message, fixes: [] };
      return [finding];
    },
  };
}

/** The prose a phone lays out before the reader scrolls: greeting and body (not the subject, nor the sign-off). */
const isLaidOut = (sentence: Sentence): boolean => sentence.section === 'greeting' || sentence.section === 'body';

/** Where each screen line of some text wrapped at `width` characters starts, up to `limit` lines. */
export function screenLinesOf(text: string, width: number, limit = Infinity): number[] {
  const starts: number[] = [];
  const pattern = /[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)/g;
  for (let match = pattern.exec(text); match && match.index < text.length && starts.length < limit; match = pattern.exec(text)) {
    const line = match[0].replace(/[\r\n\u2028\u2029]+$/, '');
    starts.push(match.index);
    // Greedy word wrap: a word that does not fit starts the next line. Words are read by
    // hand, not with matchAll, which made an array for every word of every block.
    let used = 0;
    for (let at = 0; at < line.length; ) {
      while (at < line.length && isWhiteSpace(line.charCodeAt(at))) at++;
      if (at === line.length) break;
      const start = at;
      while (at < line.length && !isWhiteSpace(line.charCodeAt(at))) at++;
      const length = at - start;
      if (used === 0) used = Math.min(length, width);
      else if (used + 1 + length <= width) used += 1 + length;
      else {
        starts.push(match.index + start);
        used = Math.min(length, width);
      }
    }
    if (match[0].length === 0) break;
  }
  return starts.slice(0, limit);
}

export const screenType = ruleType<ScreenRuleData>({
  keys: ['messages'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compileScreenRule,
});
