import assert from 'node:assert/strict';
import { looksLikeDraft, splitForSending } from '../../src/core/index.js';

const DRAFT = ['---', 'kind: request', 'to: Sam Lee', '---', 'To: sam@example.com', 'Subject: Your move & what came next', '', 'Hi Sam,', '', 'Could we talk?', '', 'Thank you,', 'Lee'].join('\n');

describe('looksLikeDraft', () => {
  it('knows a draft by front matter that says so, wherever it is saved', () => {
    assert.equal(looksLikeDraft('---\nkind: thank-you\n---\nNotes from the call.'), true);
    assert.equal(looksLikeDraft('---\noutreach: true\n---\n', { declaredOnly: true }), true);
    assert.equal(looksLikeDraft('---\ntitle: Notes\n---\nHi Sam,\n\nThanks!\n\nBest,\nLee', { declaredOnly: true }), false);
  });

  it('knows an email by a greeting and a sign-off, after any header', () => {
    assert.equal(looksLikeDraft('Hi Sam,\n\nI read your article on grid storage. Are you hiring?\n\nBest,\nLee'), true);
    assert.equal(looksLikeDraft('Subject: Hello\n\nDear Dr. Okafor,\n\nCould we talk?\n\nKind regards,\nLee\nAnalyst, Acme'), true);
  });

  it('is not fooled by a note or a README', () => {
    assert.equal(looksLikeDraft('Shopping: eggs, milk.\nAsk Sam whether they are hiring.'), false);
    assert.equal(looksLikeDraft('# Project\n\nHi there, this is how to build it.\n\nRun npm ci.'), false);
    assert.equal(looksLikeDraft(''), false);
  });
});

describe('splitForSending', () => {
  it('keeps the subject and recipient apart from the body, without front matter or header', () => {
    assert.deepEqual(splitForSending(DRAFT), {
      to: 'sam@example.com',
      subject: 'Your move & what came next',
      body: 'Hi Sam,\n\nCould we talk?\n\nThank you,\nLee',
    });
  });

  it('takes the recipient from the front matter when there is no header', () => {
    assert.deepEqual(splitForSending('---\nto: sam@example.com\n---\n\nHi Sam,\n\nThanks!\n'), { to: 'sam@example.com', body: 'Hi Sam,\n\nThanks!' });
  });

  it("sends a letter's head with the letter, and takes no field from it", () => {
    const letter = 'Subject: Thank you\n\n5 Foster Road\nRe: our call\n\nDear Ms. Ruiz:\n\nThank you for your time.\n\nSincerely,\nLee';
    assert.deepEqual(splitForSending(letter), { subject: 'Thank you', body: '5 Foster Road\nRe: our call\n\nDear Ms. Ruiz:\n\nThank you for your time.\n\nSincerely,\nLee' });
  });

  it('sends a draft with no structure as it is, line breaks as \\n', () => {
    assert.deepEqual(splitForSending('  Hi Sam,\r\n\r\nThanks!  '), { body: 'Hi Sam,\n\nThanks!' });
  });
});
