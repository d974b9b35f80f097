import { describeAsks } from '../asks/describe.js';
import { RULES } from '../engine.js';
import { bodyOf } from '../stats.js';
import type { Sentence } from '../text/sentences.js';
import type { DraftFormat, LintResult, MessageKind } from '../types.js';
import { readDraftProse } from './prose.js';
import { pronounBalance } from './pronouns.js';
import { ruleMatches } from './rule-phrases.js';

export type FactorId = 'words' | 'reading-grade' | 'questions' | 'subject' | 'thanks' | 'asks' | 'how-found' | 'balance';

/** A stretch of the draft, as UTF-16 offsets; an empty one marks where a missing line belongs. */
export interface FactorRange {
  start: number;
  end: number;
}

/**
 * One thing that goes with replies, measured on the draft: its value, the target the
 * research gives, who found it, and the words behind the value.
 */
export interface Factor {
  id: FactorId;
  /** What is measured, in a word or two. */
  label: string;
  /** The measure; absent when there is nothing to measure yet (shown as "—"). */
  value?: number;
  /** The value as a reader sees it: "84 words", "grade 6.1", "yes", "meeting (20 min)". */
  valueText: string;
  /** The target in words: "50–125 words", "grade 5 or below". */
  targetText: string;
  /** Inside the target or not; absent when there is nothing to judge (not measured, or not asked of this kind). */
  inRange?: boolean;
  /** A bar on a 0–1 scale: where the value sits, and where the target band starts and ends. */
  bar: { value: number; low: number; high: number };
  /** Who found the target. */
  source: string;
  /** What they found, in a sentence. */
  why: string;
  /** The words behind the value, in order; several for several questions or pronouns. */
  ranges: FactorRange[];
}

/** What the factors read from a lint: `lint()`'s result, or the part of it an editor keeps. */
export type FactorInput = Pick<LintResult, 'kind' | 'stats' | 'asks' | 'checklist' | 'diagnostics'>;

/**
 * The draft's reply factors, one per row of the Draft Coach: a pure function of the
 * text and its lint, so every front end shows the same numbers.
 */
export function draftFactors(text: string, result: FactorInput, options: { format?: DraftFormat } = {}): Factor[] {
  const { shape, sentences } = readDraftProse(text, options.format ?? 'plaintext');
  const body = bodyOf(sentences);
  const draft: FactorDraft = { text, result, sentences, body, subject: shape.subject, hasSubjectLine: shape.subjectLine !== undefined };
  return [words(draft), readingGrade(draft), questions(draft), subjectWords(draft), thanks(draft), asks(draft), howFound(draft), balance(draft)];
}

interface FactorDraft {
  text: string;
  result: FactorInput;
  sentences: Sentence[];
  body: readonly Sentence[];
  subject?: FactorRange;
  hasSubjectLine: boolean;
}

/** The reading-level rule's default target, for a lint result from a core that carried none. */
const DEFAULT_MAX_READING_GRADE = 8;
/** Questions that go with replies (Boomerang, 2016). */
const QUESTIONS = { min: 1, max: 3 };
/** Subject words that go with replies (Boomerang, 2016). */
const SUBJECT_WORDS = { min: 3, max: 4 };
/** At least one you-word for every this many I-words. */
const WRITER_PER_READER = 2;
/** Rules whose findings are about the ask itself: with any of them, the ask is off target. */
const ASK_RULES = ['clear-ask', 'intro-ask', 'time-ask', 'no-job-request', 'no-new-ask', 'one-ask'];

const span = (from: { start: number; end: number }): FactorRange => ({ start: from.start, end: from.end });
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const within = (value: number, target: { min: number; max: number }) => value >= target.min && value <= target.max;
/** A bar over 0..scale, clamped. */
function bar(value: number, low: number, high: number, scale: number): Factor['bar'] {
  const at = (x: number) => Math.max(0, Math.min(1, scale > 0 ? x / scale : 0));
  return { value: at(value), low: at(low), high: at(high) };
}
/** Whether a rule asks this of a message of this kind (its `kinds`). */
const ruleAppliesTo = (ruleId: string, kind: MessageKind) => RULES.find((rule) => rule.id === ruleId)?.kinds?.includes(kind) ?? true;
const findingsOf = (draft: FactorDraft, ruleIds: readonly string[]) => draft.result.diagnostics.filter((diagnostic) => ruleIds.includes(diagnostic.ruleId));

function words(draft: FactorDraft): Factor {
  const { words: count, targetWords, characters, maxNoteCharacters } = draft.result.stats;
  const first = draft.body[0];
  const last = draft.body[draft.body.length - 1];
  // LinkedIn counts characters, and cuts the note past its limit.
  const note = draft.result.kind === 'linkedin-note';
  const fits = !note || maxNoteCharacters <= 0 || characters <= maxNoteCharacters;
  return {
    id: 'words',
    label: 'Words',
    value: count,
    valueText: note ? `${plural(count, 'word')} · ${characters} characters` : plural(count, 'word'),
    targetText: note ? `${targetWords.min}–${targetWords.max} words; ${maxNoteCharacters} characters at most` : `${targetWords.min}–${targetWords.max} words`,
    ...(count > 0 ? { inRange: within(count, targetWords) && fits } : {}),
    bar: bar(count, targetWords.min, targetWords.max, Math.max(targetWords.max * 1.6, count)),
    source: note ? 'LinkedIn; Boomerang' : 'Boomerang; SFU',
    why: note
      ? 'LinkedIn cuts connection notes at 300 characters, so a note says the same in very few words.'
      : 'Emails of 50–125 words got replies over half the time (Boomerang, 2016); SFU’s career guide keeps a request under about 100 words, readable on a phone without scrolling.',
    ranges: first && last ? [{ start: first.start, end: last.end }] : [],
  };
}

function readingGrade(draft: FactorDraft): Factor {
  // Read defensively: older cores (and the CLI's JSON from them) have no grade.
  const grade = (draft.result.stats as { readingGrade?: unknown }).readingGrade;
  const known = typeof grade === 'number' && Number.isFinite(grade) && draft.body.length > 0;
  const hardest = findingsOf(draft, ['reading-level']).map(span);
  // The same target as the status bar and the reading-level rule (its `maxGrade` option).
  const target = (draft.result.stats as { maxReadingGrade?: number }).maxReadingGrade ?? DEFAULT_MAX_READING_GRADE;
  return {
    id: 'reading-grade',
    label: 'Reading grade',
    ...(known ? { value: grade } : {}),
    valueText: known ? `grade ${grade.toFixed(1)}` : '—',
    targetText: `grade ${target} or below`,
    ...(known ? { inRange: grade <= target } : {}),
    bar: known ? bar(grade, 0, target, Math.max(16, grade)) : bar(0, 0, target, 16),
    source: 'Boomerang; Lavender',
    why: 'Emails at a third-grade reading level got replies 53% of the time against 39% at college level (Boomerang, 2016); fifth-grade emails got 67% more replies (Lavender).',
    // The sentences the reading-level rule names; else the longest one, as sentence length drives the grade.
    ranges: hardest.length > 0 ? hardest : longestSentence(draft.body),
  };
}

function longestSentence(body: readonly Sentence[]): FactorRange[] {
  const longest = body.reduce<Sentence | undefined>((best, sentence) => (!best || sentence.tokens.length > best.tokens.length ? sentence : best), undefined);
  return longest ? [span(longest)] : [];
}

function questions(draft: FactorDraft): Factor {
  const count = draft.result.stats.questions;
  const asked = ruleAppliesTo('question-count', draft.result.kind);
  return {
    id: 'questions',
    label: 'Questions',
    value: count,
    valueText: plural(count, 'question'),
    targetText: asked ? `${QUESTIONS.min}–${QUESTIONS.max}` : `${QUESTIONS.min}–${QUESTIONS.max} in a request`,
    ...(asked && draft.body.length > 0 ? { inRange: within(count, QUESTIONS) } : {}),
    bar: bar(count, QUESTIONS.min, QUESTIONS.max, Math.max(6, count)),
    source: 'Boomerang',
    why: 'Emails asking one to three questions were about 50% more likely to get a reply than those asking none; more than three did worse (Boomerang, 2016).',
    ranges: draft.body.filter((sentence) => sentence.isQuestion).map(span),
  };
}

function subjectWords(draft: FactorDraft): Factor {
  const count = draft.sentences.filter((sentence) => sentence.section === 'subject').reduce((sum, sentence) => sum + sentence.tokens.length, 0);
  const known = draft.hasSubjectLine;
  return {
    id: 'subject',
    label: 'Subject words',
    ...(known ? { value: count } : {}),
    valueText: known ? plural(count, 'word') : 'no Subject: line',
    targetText: `${SUBJECT_WORDS.min}–${SUBJECT_WORDS.max} words`,
    ...(known ? { inRange: within(count, SUBJECT_WORDS) } : {}),
    bar: bar(count, SUBJECT_WORDS.min, SUBJECT_WORDS.max, Math.max(10, count)),
    source: 'Boomerang',
    why: 'Subjects of three or four words got the most replies, and an empty subject the fewest (Boomerang, 2016).',
    ranges: draft.subject ? [span(draft.subject)] : [],
  };
}

function thanks(draft: FactorDraft): Factor {
  const said = uniqueSentences(ruleMatches('gratitude', draft.sentences.filter((sentence) => sentence.section !== 'subject')));
  const { done, ranges } = lineSaid(draft, 'gratitude', said);
  const asked = ruleAppliesTo('gratitude', draft.result.kind);
  return {
    id: 'thanks',
    label: 'Thanks',
    value: done ? 1 : 0,
    valueText: done ? 'yes' : 'not yet',
    targetText: 'a line of thanks',
    ...(asked && draft.body.length > 0 ? { inRange: done } : {}),
    bar: bar(done ? 1 : 0, 1, 1, 1),
    source: 'Boomerang; Grant & Gino',
    why: 'Emails closing with thanks got replies about 62% of the time against 47.5% (Boomerang, 2017); one line of thanks doubled further help, from 32% to 66% (Grant & Gino, 2010).',
    ranges,
  };
}

function asks(draft: FactorDraft): Factor {
  const { kind, asks: list } = draft.result;
  const thankYou = kind === 'thank-you';
  const offTarget = findingsOf(draft, ASK_RULES);
  const types = [...new Set(list.map((ask) => ask.type))];
  const judged = draft.body.length > 0 && (thankYou || list.length > 0 || offTarget.length > 0);
  return {
    id: 'asks',
    label: 'Asks and time',
    value: list.length,
    valueText: list.length === 0 ? 'none' : describeAsks(list, draft.text),
    targetText: thankYou ? 'no new ask' : kind === 'intro-request' ? 'one introduction' : 'one ask; 20–30 minutes',
    ...(judged ? { inRange: offTarget.length === 0 && (thankYou || list.length > 0) } : {}),
    bar: bar(types.length, thankYou ? 0 : 1, thankYou ? 0 : 1, 3),
    source: 'Interview guides; Milkman et al.',
    why: 'The guides ask for 20 minutes or less, 30 at most, and one thing at a time; short emails asking professors for “10 minutes” got meetings at high rates (Milkman, Akinola & Chugh).',
    ranges: list.length > 0 ? list.map((ask) => span(ask.cue)) : offTarget.map(span),
  };
}

/**
 * A line the draft should say (thanks, how-found): said where the rule's phrases match,
 * or as the checklist judged it, which counts the user's own phrases too. Its ranges
 * are the words that say it, else where the rule would insert it.
 */
function lineSaid(draft: FactorDraft, ruleId: string, said: FactorRange[]): { done: boolean; ranges: FactorRange[] } {
  const checked = draft.result.checklist.find((item) => item.ruleId === ruleId);
  return {
    done: checked ? checked.done : said.length > 0,
    ranges: said.length > 0 ? said.map(span) : findingsOf(draft, [ruleId]).map(span),
  };
}

function howFound(draft: FactorDraft): Factor {
  const checked = draft.result.checklist.find((item) => item.ruleId === 'how-found');
  const { done, ranges } = lineSaid(draft, 'how-found', ruleMatches('how-found', draft.sentences));
  // The rule asks it of a first request for a meeting; the checklist lists it only then.
  const asked = checked !== undefined || (ruleAppliesTo('how-found', draft.result.kind) && draft.result.asks.some((ask) => ask.type === 'meeting'));
  return {
    id: 'how-found',
    label: 'How you found them',
    value: done ? 1 : 0,
    valueText: done ? 'yes' : asked ? 'not yet' : '—',
    targetText: asked ? 'say it, after the greeting' : 'not needed here',
    ...(asked && draft.body.length > 0 ? { inRange: done } : {}),
    bar: bar(done ? 1 : 0, 1, 1, 1),
    source: '5 Keys; Paige Miller',
    why: 'A stranger first wonders “why me?”: naming the referrer, article, talk or network that led you to them earns trust (5 Keys To Successful Informational Interviews; Paige Miller’s tips).',
    ranges,
  };
}

function balance(draft: FactorDraft): Factor {
  const { writer, reader } = pronounBalance(draft.body);
  const total = writer.length + reader.length;
  const share = total > 0 ? reader.length / total : 0;
  const lowest = 1 / (WRITER_PER_READER + 1);
  return {
    id: 'balance',
    label: 'I / you balance',
    ...(total > 0 ? { value: share } : {}),
    valueText: total > 0 ? `${writer.length} I · ${reader.length} you` : '—',
    targetText: `a you for every ${WRITER_PER_READER} I’s`,
    ...(total > 0 ? { inRange: reader.length * WRITER_PER_READER >= writer.length } : {}),
    bar: bar(share, lowest, 1, 1),
    source: 'Lavender',
    why: 'Lavender’s coach favours emails about the reader over emails about the writer; a request must say who you are, so this asks only for one “you” per two “I”s.',
    ranges: [...writer, ...reader].sort((a, b) => a.start - b.start).map(span),
  };
}

/** The sentences the matches fall in, each once, in order. */
function uniqueSentences(matches: { sentence: Sentence }[]): Sentence[] {
  return [...new Set(matches.map((match) => match.sentence))].sort((a, b) => a.start - b.start);
}
