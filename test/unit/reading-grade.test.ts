import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/** The reading grade in lint()'s stats, and the reading-level rule built on it. */
const draft = (body: string) => `Hi Sam,\n\n${body}\n\nThanks,\nLee`;
const readingLevel = (text: string, config?: unknown) => lint(text, { kind: 'request', config }).diagnostics.filter((d) => d.ruleId === 'reading-level');

const PLAIN = 'I read your post on grid storage. I want to learn how you got started. Could we talk for 20 minutes next week?';
const DENSE =
  'Having investigated organizational transformation initiatives within multinational healthcare institutions, I would appreciate understanding your perspective regarding implementation difficulties. Would you have 20 minutes?';

describe('reading grade', () => {
  it('is the Flesch–Kincaid grade of the body: short words and sentences score low, long ones high', () => {
    const plain = lint(draft(PLAIN)).stats.readingGrade;
    const dense = lint(draft(DENSE)).stats.readingGrade;
    assert.ok(plain < 5, `plain text scored ${plain}`);
    assert.ok(dense > 14, `dense text scored ${dense}`);
  });

  it('counts the body only: the greeting and sign-off do not move it', () => {
    const formal = `Dear Professor Montgomery-Ashworth,\n\n${PLAIN}\n\nSincerely yours,\nAlexandria Montgomery`;
    assert.equal(lint(formal).stats.readingGrade, lint(draft(PLAIN)).stats.readingGrade);
  });

  it('matches the formula on a sentence counted by hand', () => {
    // 8 words, 13 syllables, 1 sentence: 0.39 × 8 + 11.8 × 13 / 8 − 15.59 = 6.705.
    assert.equal(lint('Would you have twenty minutes for a conversation?').stats.readingGrade, 6.7);
  });

  it('leaves out what is not read as prose: template fields and addresses', () => {
    const filled = 'I study design at State. Could we talk for 20 minutes?';
    const template = 'I study design at State [your university or program of study]. Could we talk for 20 minutes? https://example.com/portfolio/information-architecture';
    assert.equal(lint(template).stats.readingGrade, lint(filled).stats.readingGrade);
  });

  it('reads a list line by line, not as one long sentence', () => {
    const list = 'What I can share:\n- my notes on storage\n- a list of sites\n- a short map of the field\n- a plan for the talk';
    const asOneLine = list.replace(/\n/g, ' ');
    assert.ok(lint(list).stats.readingGrade < lint(asOneLine).stats.readingGrade);
  });

  it('is 0 for a draft with no words in its body, never NaN or below 0', () => {
    assert.equal(lint('').stats.readingGrade, 0);
    assert.equal(lint('Hi Sam,\n\nThanks,\nLee').stats.readingGrade, 0);
    assert.equal(lint('Hi. Yes. Go.').stats.readingGrade, 0);
  });

  it('reports the target from the reading-level rule, with the user’s value', () => {
    assert.equal(lint(PLAIN).stats.maxReadingGrade, 8);
    assert.equal(lint(PLAIN, { config: { rules: { 'reading-level': { maxGrade: 10 } } } }).stats.maxReadingGrade, 10);
    assert.equal(lint(PLAIN, { config: { rules: { 'reading-level': 'off' } } }).stats.maxReadingGrade, 8);
  });

  it('flags the hardest long sentences of a body above the target, and nothing in a plain one', () => {
    const findings = readingLevel(draft(DENSE));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /grade \d+, and the body at grade \d+; emails at grade 8 or below/);
    assert.ok(DENSE.startsWith(draft(DENSE).slice(findings[0].start, findings[0].end).slice(0, 40)));
    assert.deepEqual(readingLevel(draft(PLAIN)), []);
  });

  it('flags at most maxSentences, the hardest first in rank but in reading order', () => {
    const hard = [
      'Subsequently, the comprehensive organizational restructuring at my previous employer necessitated considerable reevaluation of our established interdepartmental communication methodologies.',
      'Additionally, I have observed that multidisciplinary collaboration frequently generates unanticipated implementation complications requiring sophisticated administrative intervention.',
      'Furthermore, our institutional accountability mechanisms occasionally demonstrated insufficient responsiveness regarding the expectations of stakeholders and their organizational priorities.',
    ].join(' ');
    assert.equal(readingLevel(draft(hard)).length, 2);
    const one = readingLevel(draft(hard), { rules: { 'reading-level': { maxSentences: 1 } } });
    assert.equal(one.length, 1);
  });

  it('never folds into another rule’s finding on the same words', () => {
    const text = draft('Having investigated organizational transformation initiatives within multinational healthcare institutions, I would appreciate understanding whether your team is hiring for any open positions.');
    assert.equal(readingLevel(text).length, 1);
  });
});
