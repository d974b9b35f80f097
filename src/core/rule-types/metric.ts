import type { RuleData } from '../rule-data.js';
import type { Sentence } from '../text/sentences.js';
import type { MessageKind, Severity } from '../types.js';
import type { DraftContext, Finding, RuleBehaviour } from './context.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';
import { characterCount, findLast, subjectOf } from '../stats.js';

/**
 * `metric`: counts something in the draft and compares it with limits from the
 * rule's options, which the user can change. Measures:
 *   words      body words against `<kind>Min`/`<kind>Max` (e.g. `requestMax`)
 *   characters LinkedIn notes against `linkedinNoteMaxCharacters`
 *   questions  questions in the body against `max`
 *   subject    words of the subject line against `max` (and an empty subject)
 */
export interface MetricRuleData extends RuleData {
  measures: ('words' | 'characters' | 'questions' | 'subject')[];
  messages: Record<string, string>;
  /** Severity when the character limit is broken: the platform will cut the note. */
  characterSeverity?: Severity;
}

/** The option name of a kind's limit: `request` → `requestMin`, `thank-you` → `thankYouMax`. */
export const limitName = (kind: MessageKind, bound: 'Min' | 'Max') => `${kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}${bound}`;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export function compileMetricRule(data: MetricRuleData, options: RuleOptions): RuleBehaviour {
  const limit = (name: string) => options.values[name];
  const measures: Record<MetricRuleData['measures'][number], (context: DraftContext) => Finding[]> = {
    words(context) {
      // The counts say whether there is anything to flag; the sentences are read only to place it.
      const words = context.counts.words;
      const min = limit(limitName(context.kind, 'Min'));
      const max = limit(limitName(context.kind, 'Max'));
      if (max !== undefined && words > max) {
        const last = findLast(context.sentences, isBody);
        return last ? [{ start: last.start, end: last.end, message: fill(data.messages.long, { words, min, max, kind: context.kind }), fixes: [] }] : [];
      }
      if (min !== undefined && words < min) {
        const first = context.sentences.find(isBody);
        return first ? [{ start: first.start, end: first.end, message: fill(data.messages.short, { words, min, max, kind: context.kind }), fixes: [] }] : [];
      }
      return [];
    },
    characters(context) {
      const max = limit('linkedinNoteMaxCharacters');
      if (context.kind !== 'linkedin-note' || max === undefined) return [];
      const prose = context.sentences.filter((sentence) => sentence.section !== 'subject');
      if (prose.length === 0) return [];
      const characters = characterCount(prose);
      if (characters <= max) return [];
      const over = prose.find((sentence) => sentence.end - prose[0].start > max) ?? prose[prose.length - 1];
      return [{ start: over.start, end: over.end, severity: data.characterSeverity, message: fill(data.messages.characters, { characters, max }), fixes: [] }];
    },
    questions(context) {
      const max = limit('maxQuestions');
      if (max === undefined || context.counts.questions <= max) return [];
      // The first question over the limit: the sentences are read only up to it.
      let seen = 0;
      const first = context.sentences.find((sentence) => isBody(sentence) && sentence.isQuestion && seen++ === max);
      return first ? [{ start: first.start, end: first.end, message: fill(data.messages.questions, { count: context.counts.questions, max }), fixes: [] }] : [];
    },
    subject(context) {
      const { subjectLine, subject } = context.shape;
      if (!subjectLine) return [];
      if (!subject) return [{ ...subjectLine, message: data.messages.emptySubject, fixes: [] }];
      const words = subjectOf(context.sentences).reduce((sum, s) => sum + s.tokens.length, 0);
      const max = limit('maxSubjectWords');
      if (max === undefined || words <= max) return [];
      return [{ start: subject.start, end: subject.end, actual: subject.value, message: fill(data.messages.longSubject, { words, max }), fixes: [] }];
    },
  };
  return {
    wholeDraft: true,
    phrases: [],
    check: (context) => data.measures.flatMap((measure) => measures[measure](context)),
  };
}

const isBody = (sentence: Sentence) => sentence.section === 'body';


export const metricType = ruleType<MetricRuleData>({
  keys: ['measures', 'messages', 'characterSeverity'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compileMetricRule,
});
