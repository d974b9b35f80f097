import assert from 'node:assert/strict';
import fc from 'fast-check';
import { draftFactors, lint, type DraftFormat, type Factor, type FactorId, type LintResult } from '../../src/core/index.js';
import { FLAGGED_REQUEST, GOOD_REQUEST, THANK_YOU } from './drafts.js';

const factorsOf = (text: string, format: DraftFormat = 'plaintext', result: LintResult = lint(text, { format })) =>
  new Map(draftFactors(text, result, { format }).map((factor) => [factor.id, factor]));
const row = (factors: Map<FactorId, Factor>, id: FactorId): Factor => {
  const factor = factors.get(id);
  assert.ok(factor, `no ${id} row`);
  return factor;
};
/** The words each range covers, in order. */
const wordsBehind = (text: string, factor: Factor) => factor.ranges.map((range) => text.slice(range.start, range.end));

describe('draftFactors()', () => {
  it('has one row per factor, in the order the coach shows them', () => {
    assert.deepEqual(
      draftFactors(GOOD_REQUEST, lint(GOOD_REQUEST)).map((factor) => factor.id),
      ['words', 'reading-grade', 'questions', 'subject', 'thanks', 'asks', 'how-found', 'balance'],
    );
  });

  it('counts the words lint() counts, against the target for the kind, and points at the body', () => {
    const result = lint(GOOD_REQUEST);
    const words = row(factorsOf(GOOD_REQUEST), 'words');
    assert.equal(words.value, result.stats.words);
    assert.equal(words.valueText, `${result.stats.words} words`);
    assert.equal(words.targetText, `${result.stats.targetWords.min}–${result.stats.targetWords.max} words`);
    assert.equal(words.inRange, true);
    const [body] = wordsBehind(GOOD_REQUEST, words);
    assert.match(body, /^Maya Chen suggested/);
    assert.match(body, /Thank you for considering it\.$/);
    assert.match(words.source, /Boomerang/);
  });

  it('judges a LinkedIn note by its characters too', () => {
    const note = `Hi Sam, ${'I loved your talk on diary studies at the meetup. '.repeat(6)}Could we talk for 20 minutes? Thanks!`;
    const words = row(factorsOf(note, 'plaintext', lint(note, { kind: 'linkedin-note' })), 'words');
    assert.match(words.valueText, /\d+ words · \d+ characters/);
    assert.equal(words.inRange, false, 'over 300 characters');
  });

  it('selects each question, and judges 1–3 as on target', () => {
    const text = 'Hi Sam,\n\nI read your article on grid storage. How did you start? What surprised you? Which skills mattered? Is it stressful? Could we talk for 20 minutes?\n\nThanks,\nLee';
    const questions = row(factorsOf(text), 'questions');
    assert.equal(questions.value, 5);
    assert.equal(questions.inRange, false);
    assert.deepEqual(wordsBehind(text, questions), ['How did you start?', 'What surprised you?', 'Which skills mattered?', 'Is it stressful?', 'Could we talk for 20 minutes?']);
    assert.equal(row(factorsOf(GOOD_REQUEST), 'questions').inRange, true);
  });

  it('counts the subject’s words and selects the subject', () => {
    const subject = row(factorsOf(GOOD_REQUEST), 'subject');
    assert.equal(subject.value, 6);
    assert.equal(subject.inRange, false, 'three or four words do best');
    assert.deepEqual(wordsBehind(GOOD_REQUEST, subject), ['Nurse curious about health-tech product work']);
    const short = GOOD_REQUEST.replace('Nurse curious about health-tech product work', 'Nurse exploring product');
    assert.equal(row(factorsOf(short), 'subject').inRange, true);
    const none = row(factorsOf(THANK_YOU), 'subject');
    assert.equal(none.value, undefined);
    assert.equal(none.inRange, undefined);
    assert.equal(none.valueText, 'no Subject: line');
  });

  it('finds the thanks by the gratitude rule’s own phrases, and points at the missing line when there is none', () => {
    const thanks = row(factorsOf(THANK_YOU), 'thanks');
    assert.equal(thanks.inRange, true);
    assert.deepEqual(wordsBehind(THANK_YOU, thanks), ['Thank you for taking the time to speak with me yesterday.', 'Thanks again,']);

    const thankless = 'Hi Sam,\n\nMaya suggested I write. Would you have 20 minutes for a call?\n\nBest,\nLee';
    const result = lint(thankless);
    const missing = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gratitude');
    assert.ok(missing?.missing);
    const none = row(factorsOf(thankless, 'plaintext', result), 'thanks');
    assert.equal(none.inRange, false);
    assert.equal(none.valueText, 'not yet');
    assert.deepEqual(none.ranges, [{ start: missing.start, end: missing.end }], 'where the line of thanks would go');
  });

  it('reads the rule’s patterns as the rule does: appreciation given is thanks, appreciation promised is not', () => {
    const given = 'Hi Sam,\n\nMaya suggested I write. Would you have 20 minutes for a call? I appreciate your time.\n\nBest,\nLee';
    const thanks = row(factorsOf(given), 'thanks');
    assert.equal(thanks.inRange, true);
    assert.deepEqual(wordsBehind(given, thanks), ['I appreciate your time.']);
    const promised = 'Hi Sam,\n\nMaya suggested I write. I would really appreciate 20 minutes on a call.\n\nBest,\nLee';
    const none = row(factorsOf(promised), 'thanks');
    assert.equal(none.inRange, false);
    assert.ok(!wordsBehind(promised, none).some((words) => words.includes('appreciate')), 'the promise is not shown as thanks');
  });

  it('names the asks with their minutes and selects their cues', () => {
    const asks = row(factorsOf(GOOD_REQUEST), 'asks');
    const result = lint(GOOD_REQUEST);
    assert.equal(asks.value, result.asks.length);
    assert.match(asks.valueText, /a 20-minute call/);
    assert.equal(asks.inRange, true);
    assert.deepEqual(asks.ranges, result.asks.map((ask) => ask.cue));
    assert.ok(wordsBehind(GOOD_REQUEST, asks).includes('Would you have 20 minutes for a call'));
  });

  it('puts a job ask off target, and a thank-you with no new ask on it', () => {
    const asks = row(factorsOf(FLAGGED_REQUEST), 'asks');
    assert.match(asks.valueText, /a job or referral/);
    assert.equal(asks.inRange, false);
    assert.ok(wordsBehind(FLAGGED_REQUEST, asks).includes('Are you hiring'));
    const thankYou = row(factorsOf(THANK_YOU), 'asks');
    assert.equal(thankYou.targetText, 'no new ask');
    assert.equal(thankYou.inRange, true);
  });

  it('asks how you found them only of a request for a meeting, and shows where the line goes when it is missing', () => {
    const found = row(factorsOf(GOOD_REQUEST), 'how-found');
    assert.equal(found.inRange, true);
    assert.deepEqual(wordsBehind(GOOD_REQUEST, found), ['suggested I', 'mentioned you']);

    const result = lint(FLAGGED_REQUEST);
    const missing = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'how-found');
    assert.ok(missing);
    const notFound = row(factorsOf(FLAGGED_REQUEST, 'plaintext', result), 'how-found');
    assert.equal(notFound.inRange, false);
    assert.deepEqual(notFound.ranges, [{ start: missing.start, end: missing.end }]);

    const thankYou = row(factorsOf(THANK_YOU), 'how-found');
    assert.equal(thankYou.inRange, undefined);
    assert.equal(thankYou.targetText, 'not needed here');
  });

  it('weighs I/me/my against you/your in the body only, contractions included and “ill” left out', () => {
    const text = "Hi Sam,\n\nI'll be ill-prepared unless I ask: I'm new, and my notes are thin. Your talk helped me.\n\nThank you,\nLee";
    const balance = row(factorsOf(text), 'balance');
    assert.deepEqual(wordsBehind(text, balance), ["I'll", 'I', "I'm", 'my', 'Your', 'me'], 'not the "you" of the sign-off');
    assert.equal(balance.valueText, '5 I · 1 you');
    assert.equal(balance.inRange, false);
    assert.equal(row(factorsOf(GOOD_REQUEST), 'balance').inRange, true);
  });

  it('shows the reading grade as unknown until the lint carries one, then judges it', () => {
    const result = lint(GOOD_REQUEST);
    // A lint from a core without the grade, as the CLI's JSON of an older version has.
    const { readingGrade: _grade, ...withoutGrade } = result.stats as LintResult['stats'] & { readingGrade?: number };
    const absent = row(factorsOf(GOOD_REQUEST, 'plaintext', { ...result, stats: withoutGrade as LintResult['stats'] }), 'reading-grade');
    assert.equal(absent.value, undefined);
    assert.equal(absent.valueText, '—');
    assert.equal(absent.inRange, undefined);
    const withGrade = (readingGrade: number) => row(factorsOf(GOOD_REQUEST, 'plaintext', { ...result, stats: { ...result.stats, readingGrade } as LintResult['stats'] }), 'reading-grade');
    assert.equal(withGrade(4.2).inRange, true);
    assert.equal(withGrade(4.2).valueText, 'grade 4.2');
    assert.equal(withGrade(9.7).inRange, false);
    assert.ok(withGrade(9.7).bar.value > withGrade(4.2).bar.value);
  });

  it('selects the sentences the reading-level rule names, else the longest sentence', () => {
    const result = lint(GOOD_REQUEST);
    const longest = row(factorsOf(GOOD_REQUEST, 'plaintext', result), 'reading-grade');
    assert.deepEqual(wordsBehind(GOOD_REQUEST, longest), ["I'm a nurse of eight years, and I'd love to learn how you made that move and which skills mattered most."]);
    const hard = { ruleId: 'reading-level', start: 10, end: 20 };
    const named = row(factorsOf(GOOD_REQUEST, 'plaintext', { ...result, diagnostics: [...result.diagnostics, { ...result.diagnostics[0], ...hard }] }), 'reading-grade');
    assert.deepEqual(named.ranges, [{ start: 10, end: 20 }]);
  });

  it('reads markdown as lint() does: quotes and code are not the body', () => {
    const text = '---\nkind: request\n---\nHi Sam,\n\nI read your post. Would you have 20 minutes?\n\n> Why me? What now?\n\n```\nwhy? how?\n```\n\nThanks,\nLee\n';
    const result = lint(text, { format: 'markdown' });
    const questions = row(factorsOf(text, 'markdown', result), 'questions');
    assert.equal(questions.value, result.stats.questions);
    assert.deepEqual(wordsBehind(text, questions), ['Would you have 20 minutes?']);
  });

  it('judges nothing in an empty draft', () => {
    for (const factor of factorsOf('').values()) {
      assert.equal(factor.inRange, undefined, factor.id);
      assert.deepEqual(factor.ranges, [], factor.id);
    }
  });

  it('keeps every range inside the text and every bar on its scale, whatever the text', () => {
    const pieces = fc.constantFrom('Hi Sam,', 'Subject: Hello there', 'Thanks,', 'Lee', 'I', 'you', "I'm", 'Would you have 20 minutes?', 'Maya suggested I write.', '👋', '\r\n', '\n\n', '> quoted', '# Heading', '?', 'lunch');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom<DraftFormat>('plaintext', 'markdown'), (parts, format) => {
        const text = parts.join(' ');
        for (const factor of draftFactors(text, lint(text, { format }), { format })) {
          for (const range of factor.ranges) assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${factor.id} range out of the text`);
          const { value, low, high } = factor.bar;
          for (const x of [value, low, high]) assert.ok(x >= 0 && x <= 1, `${factor.id} bar off its scale`);
          assert.ok(low <= high, factor.id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
