import type { RuleData } from '../rule-data.js';
import { bodyOf, readingGradeOf, syllablesOf } from '../stats.js';
import type { Sentence } from '../text/sentences.js';
import type { Finding, RuleBehaviour } from './context.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `readability`: when the body's Flesch–Kincaid grade (the one `lint()` reports as
 * `stats.readingGrade`) is above `maxGrade`, flags its hardest sentences: up to
 * `maxSentences` of those with at least `minWords` words that read above
 * `maxSentenceGrade`. A short sentence with one long word ("an informational
 * interview") scores high but reads easily; a long one full of long words is where a
 * rewrite pays.
 *
 * retext-readability would need the sentences' nlcst trees, which the engine drops once
 * a block is read (they are most of the parse cache's memory), and it judges by an age
 * agreed across five formulas; the grade shown to the writer is Flesch–Kincaid's, so
 * the sentences are graded with the same formula, from the same syllable counts.
 */
export interface ReadabilityRuleData extends RuleData {
  /** `{grade}` the body's grade, `{sentenceGrade}` this sentence's, `{max}` the target. */
  messages: { sentence: string };
}

export function compileReadabilityRule(data: ReadabilityRuleData, options: RuleOptions): RuleBehaviour {
  const maxGrade = options.values.maxGrade ?? Infinity;
  const maxSentences = options.values.maxSentences ?? 1;
  // A grade from a handful of words says little: "Thanks so much!" can score anything.
  const minWords = options.values.minWords ?? 0;
  const maxSentenceGrade = options.values.maxSentenceGrade ?? maxGrade;
  return {
    wholeDraft: true,
    phrases: [],
    check(context) {
      const grade = context.counts.readingGrade;
      if (shown(grade) <= maxGrade) return [];
      const hardest = bodyOf(context.sentences)
        .filter((sentence) => syllablesOf(sentence).words >= minWords)
        .map((sentence) => ({ sentence, grade: readingGradeOf([sentence]) }))
        .filter((graded) => shown(graded.grade) > maxSentenceGrade)
        .sort((a, b) => b.grade - a.grade || a.sentence.start - b.sentence.start)
        .slice(0, maxSentences)
        .sort((a, b) => a.sentence.start - b.sentence.start);
      return hardest.map(({ sentence, grade: sentenceGrade }) => finding(sentence, fill(data.messages.sentence, { grade: shown(grade), sentenceGrade: shown(sentenceGrade), max: maxGrade })));
    },
  };
}

/** Grades are shown whole: "grade 11.4" claims a precision the formula does not have. */
const shown = (grade: number) => Math.round(grade);
const fill = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
/**
 * On the sentence, but without `actual`: like a length finding it is about how the
 * sentence reads, not about words another rule may flag, so it never folds into one.
 */
const finding = (sentence: Sentence, message: string): Finding => ({ start: sentence.start, end: sentence.end, message, fixes: [] });

export const readabilityType = ruleType<ReadabilityRuleData>({
  keys: ['messages'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compileReadabilityRule,
});
