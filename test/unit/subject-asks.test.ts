import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * A subject line that names the writer's candidacy asks for a job as plainly as a
 * sentence would; one that names a topic, someone else's hiring, or thanks does not.
 */
const withSubject = (subject: string) => `Subject: ${subject}\n\nHi Sam,\n\nI'm a data analyst with five years in retail, and I admire your team's work.\n\nThank you,\nLee`;
const jobFinding = (subject: string) => {
  const text = withSubject(subject);
  return lint(text)
    .diagnostics.filter((d) => d.ruleId === 'no-job-request')
    .map((d) => text.slice(d.start, d.end));
};

const CANDIDACY: [string, string][] = [
  ['Looking for a full-time job', 'Looking for a full-time job'],
  ['Lee Park resume', 'resume'],
  ['My frontend application', 'application'],
  ['Contact info for hiring', 'hiring'],
  ['Internship enquiry', 'Internship'],
  ['Application for the analyst role', 'role'],
];
const TOPICS = [
  'How to get a job at Northwind',
  'Your talk on hiring',
  'Thank you for the internship advice',
  // A thank-you's subject names what was had.
  'Thank you - analyst role conversation',
  'Nurse curious about health-tech',
  // Help with a resume as such is a favour.
  'RESUME REVIEW',
];

describe('subject lines', () => {
  for (const [subject, words] of CANDIDACY)
    it(`candidacy: ${subject}`, () => {
      const found = jobFinding(subject);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(found[0].includes(words), JSON.stringify(found));
    });
  for (const subject of TOPICS) it(`topic: ${subject}`, () => assert.deepEqual(jobFinding(subject), []));
  it('offers no prose rewrite for words in the subject line', () => {
    const text = withSubject('Internship enquiry');
    const finding = lint(text).diagnostics.find((d) => d.ruleId === 'no-job-request')!;
    assert.deepEqual(
      finding.fixes.map((fix) => fix.title),
      ['Delete “Internship enquiry”'],
    );
  });
});
