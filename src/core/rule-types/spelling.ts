import type { RuleData } from '../rule-data.js';
import { informalWord, mayBeInformal, withoutInitialStop, type Sentence, type Token } from '../text/sentences.js';
import type { Finding, RuleBehaviour } from './context.js';
import { escapeSnippet } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `spelling`: informal spellings that stand for a word ("u", "plz"; the list is
 * rules/vocabulary/spellings.yaml, which the ask model also reads them by). Each is
 * flagged on its own, with the word in full as the fix, in the case it was written in.
 */
export interface SpellingRuleData extends RuleData {
  /** The fix's title; `{expected}` is the word in full. */
  fixTitle: string;
}

export function compileSpellingRule(data: SpellingRuleData, _options: RuleOptions): RuleBehaviour {
  const findingOf = (token: Token): Finding | undefined => {
    // The full stop retext may keep with a one-letter word ("to u.") stays in the draft.
    const written = withoutInitialStop(token.text);
    const word = informalWord(written);
    // A capital letter alone is an initial as often ("the U of M").
    if (word === undefined || /^\p{Lu}$/u.test(written)) return undefined;
    const expected = inCaseOf(written, word);
    const fill = (template: string) => template.replaceAll('{actual}', written).replaceAll('{expected}', expected);
    const end = token.start + written.length;
    return {
      start: token.start,
      end,
      actual: written,
      expected: [expected],
      message: fill(data.message),
      fixes: [{ title: fill(data.fixTitle), preferred: true, edits: [{ start: token.start, end, newText: escapeSnippet(expected) }] }],
    };
  };
  // A loop, not flatMap: this reads every word of every block, and flatMap made an array for each.
  const findingsIn = (sentences: readonly Sentence[]): Finding[] => {
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      for (const token of sentence.tokens) {
        // Most words are not informal: their norm says so without normalising them again.
        if (!mayBeInformal(token)) continue;
        const finding = findingOf(token);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  };
  return {
    phrases: [],
    checkBlock: (_context, block) => findingsIn(block.sentences),
    // The subject is masked out of the prose blocks.
    check: (context) => findingsIn(context.sentences.filter((sentence) => sentence.section === 'subject')),
  };
}

/** "PLZ" → "PLEASE", "U" → "You", "ur" → "your". */
function inCaseOf(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  if (written[0] !== written[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export const spellingType = ruleType<SpellingRuleData>({
  keys: ['fixTitle'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compileSpellingRule,
});
