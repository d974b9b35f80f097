import type { RuleBehaviour, Finding } from './context.js';
import { WRITER_WORDS } from '../text/pronouns.js';
import { deniedNegativity, memoize, polarityOf, readerPolarity, type Sentence } from '../text/sentences.js';
import type { RuleOptions } from './options.js';
import { compilePhraseRule, phraseType, type PhraseRuleData } from './phrase.js';
import { ruleType } from './rule-type.js';

/**
 * `tone`: phrases as in `phrase`, plus sentences that retext-sentiment scores
 * strongly negative and that speak of the writer ("I", "my"): the sound of a
 * writer who is struggling, which reads as desperate to a stranger.
 */
export interface ToneRuleData extends PhraseRuleData {
  sentiment?: { atMost: number; message: string };
}

/**
 * The sentence's polarity if it speaks of the writer, else 0, leaving out what it says of
 * the reader ("I understand you're busy and unable to help"); kept with the sentence.
 */
const writerPolarity = (sentence: Sentence) =>
  memoize(sentence, 'writer-polarity', () => {
    if (!sentence.tokens.some((token) => WRITER_WORDS.has(token.norm))) return 0;
    const polarity = polarityOf(sentence);
    return polarity < 0 ? Math.min(0, polarity - Math.min(0, readerPolarity(sentence)) - deniedNegativity(sentence)) : polarity;
  });

export function compileToneRule(data: ToneRuleData, options: RuleOptions): RuleBehaviour {
  const phraseRule = compilePhraseRule(data, options, true);
  const sentiment = data.sentiment;
  if (!sentiment) return phraseRule;
  const threshold = options.values.sentimentAtMost ?? sentiment.atMost;
  return {
    ...phraseRule,
    checkBlock(context, block, matches) {
      const findings = phraseRule.check(context, matches);
      // A sentence already flagged for a phrase is not flagged twice. The matches include the
      // words a phrase's conditions look for ("I", "my"), so the findings decide, not the matches.
      const flagged = (sentence: Sentence) => findings.some((finding) => finding.start < sentence.end && finding.end > sentence.start);
      const extra: Finding[] = block.sentences
        .filter((sentence) => sentence.section === 'body' && !flagged(sentence))
        .filter((sentence) => writerPolarity(sentence) <= threshold)
        .map((sentence) => ({ start: sentence.start, end: sentence.end, actual: sentence.text, message: sentiment.message, fixes: [] }));
      return [...findings, ...extra].sort((a, b) => a.start - b.start);
    },
  };
}

export const toneType = ruleType<ToneRuleData>({
  ...phraseType,
  keys: [...phraseType.keys, 'sentiment'],
  compile: compileToneRule,
});
