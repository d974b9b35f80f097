import assert from 'node:assert/strict';
import { applyFix, fixAll, lint, type Diagnostic, type MessageKind } from '../../src/core/index.js';
import { screenLinesOf } from '../../src/core/rule-types/screen.js';

/**
 * The rule types behind no-apology (hedge), one-ask (ask-mix), specific-reason (reason)
 * and mobile-length (screen): what their examples in rules/ do not pin down.
 */
const findings = (ruleId: string, text: string, kind: MessageKind = 'request', config?: unknown): Diagnostic[] =>
  lint(text, { kind, config }).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
const draft = (body: string) => `Hi Sam,\n\n${body}\n\nThanks,\nLee`;

describe('no-apology: the hedge and its cut', () => {
  const cut = (sentence: string) => {
    const [finding] = findings('no-apology', sentence);
    assert.ok(finding, `no finding in “${sentence}”`);
    return finding.fixes[0] ? applyFix(sentence, finding.fixes[0]) : undefined;
  };

  it('takes the joint with the hedge and capitalises what then opens the sentence', () => {
    assert.equal(cut('Sorry to bother you, but could you spare 15 minutes?'), 'Could you spare 15 minutes?');
    assert.equal(cut('I understand that you are very busy - would a short call work?'), 'Would a short call work?');
    assert.equal(cut('I know your time is valuable, so I will keep this short.'), 'I will keep this short.');
  });

  it('at the end, takes the comma before it and keeps the sentence’s own punctuation', () => {
    assert.equal(cut('Could we talk for 20 minutes, if it is not too much trouble?'), 'Could we talk for 20 minutes?');
    assert.equal(cut('Could we talk for 20 minutes if it is no trouble?'), 'Could we talk for 20 minutes?');
  });

  it('takes the hedges right after it too, so the cut leaves none to flag again, and says so in its title', () => {
    assert.equal(cut('Sorry to bother you, I know you are busy, but could we talk for 20 minutes?'), 'Could we talk for 20 minutes?');
    const [finding] = findings('no-apology', 'Sorry to bother you, I know you are busy, but could we talk?');
    assert.match(finding.fixes[0].title, /Sorry to bother you, I/);
    // Found by the fix property: only hedges left, so the whole sentence goes.
    assert.equal(cut('please forgive me for bother you again so sorry to bother'), '');
  });

  it('deletes a sentence that is all hedge, with the space after it', () => {
    assert.equal(cut('I hate to bother you. Could we talk?'), 'Could we talk?');
  });

  it('offers no cut where the rest would not read', () => {
    assert.equal(cut('Sorry to bother you with this question about grid storage.'), undefined);
    assert.equal(cut('I know you are busy and would be glad of a short call.'), undefined);
  });

  it('the cut deletes words, so it is never preferred and fix-all leaves it', () => {
    const text = draft('I know you are very busy, but could we talk for 20 minutes?');
    const [finding] = findings('no-apology', text);
    assert.equal(finding.fixes[0].effect, 'remove');
    assert.notEqual(finding.fixes[0].preferred, true);
    assert.match(fixAll(text, (current) => lint(current, { kind: 'request' }).diagnostics), /I know you are very busy/);
  });

  it('“just” is replaced, not deleted with its sentence, and fix-all may apply it', () => {
    const text = draft('I just wanted to ask whether you would have 20 minutes for a call.');
    const [finding] = findings('no-apology', text);
    assert.equal(finding.fixes[0].effect, 'replace');
    assert.match(fixAll(text, (current) => lint(current, { kind: 'request' }).diagnostics), /I wanted to ask whether/);
  });

  it('wins over no-desperate-tone on the same words, which it names as related', () => {
    const [finding] = lint(draft('So sorry to bother you, but could we talk for 20 minutes?'), { kind: 'request' }).diagnostics.filter((d) => ['no-apology', 'no-desperate-tone'].includes(d.ruleId));
    assert.equal(finding.ruleId, 'no-apology');
    assert.deepEqual(finding.related?.map((other) => other.ruleId), ['no-desperate-tone']);
  });
});

describe('one-ask', () => {
  it('flags each introduction asked after the conversation, on the words that ask it', () => {
    const text = draft('Would you have 20 minutes for a call? Could you also introduce me to your head of research? And could you connect me with someone in policy?');
    const found = findings('one-ask', text);
    assert.equal(found.length, 2);
    assert.match(text.slice(found[0].start, found[0].end), /introduce me/);
    assert.deepEqual(found.flatMap((finding) => finding.fixes), []);
  });

  it('counts a question to the reader as part of the conversation, and leaves a job ask to no-job-request', () => {
    assert.deepEqual(findings('one-ask', draft('Would you have 20 minutes for a call? How did you move into policy?')), []);
    const job = draft('Would you have 20 minutes for a call? Could you also refer me for the analyst opening?');
    assert.deepEqual(findings('one-ask', job), []);
    assert.ok(lint(job, { kind: 'request' }).diagnostics.some((d) => d.ruleId === 'no-job-request'));
  });

  it('does not count an introduction offered instead of the call, or one said in denial', () => {
    assert.deepEqual(findings('one-ask', draft('Would you have 20 minutes for a call? Otherwise, could you point me to someone on your team?')), []);
    assert.deepEqual(findings('one-ask', draft("Would you have 20 minutes for a call? I'm not asking you to introduce me to anyone.")), []);
  });

  it('leaves thank-you notes to their own rules', () => {
    const thanks = "Hi Sam,\n\nThank you for the call yesterday. Could we talk again next month? Could you introduce me to Maya?\n\nBest,\nLee";
    assert.deepEqual(findings('one-ask', thanks, 'thank-you'), []);
  });
});

describe('specific-reason', () => {
  it('flags praise that fits anyone on its words, beside the missing line', () => {
    const text = draft('I came across your profile and was truly inspired by your career. Would you have 20 minutes for a call?');
    const found = findings('specific-reason', text);
    assert.equal(found.length, 2);
    const praise = found.find((finding) => !finding.missing)!;
    assert.equal(text.slice(praise.start, praise.end), 'inspired by your career');
    assert.ok(found.some((finding) => finding.missing && finding.fixes[0]?.effect === 'insert'));
  });

  it('praise beside something specific is fine', () => {
    assert.deepEqual(findings('specific-reason', draft('I was inspired by your career, and your talk on grid storage at the meetup. Would you have 20 minutes for a call?')), []);
  });

  it('a phrase the user adds counts as a reason', () => {
    const text = draft('Your open-source work drew me in. Would you have 20 minutes for a call?');
    assert.equal(findings('specific-reason', text).length, 1);
    assert.deepEqual(findings('specific-reason', text, 'request', { rules: { 'specific-reason': { phrases: ['open-source work'] } } }), []);
  });

  it('asks only a request for a meeting', () => {
    const generic = 'I was impressed by your background. Would you have 20 minutes for a call?';
    assert.deepEqual(findings('specific-reason', `Hi Sam, ${generic} Thanks, Lee`, 'linkedin-note'), []);
    assert.deepEqual(findings('specific-reason', draft('I was impressed by your background. Which course would you recommend for a newcomer?')), []);
  });
});

describe('mobile-length', () => {
  it('wraps lines word by word at the width, as a mail app does', () => {
    assert.deepEqual(screenLinesOf('aaaa bbbb cccc', 9), [0, 10]);
    assert.equal(screenLinesOf('one\n\ntwo', 40).length, 3);
    // A word longer than a line takes a line of its own.
    assert.equal(screenLinesOf('a bbbbbbbbbbbb c', 5).length, 3);
    // Only as many lines as asked for are laid out.
    assert.deepEqual(screenLinesOf('a\nb\nc\nd', 40, 2), [0, 2]);
  });

  it('flags the sentence where scrolling starts, and the screen size is an option', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Line number ${i + 1} of my note.`).join('\n\n');
    const text = draft(`${paragraphs}\n\nCould we talk for 20 minutes?`);
    const [finding] = findings('mobile-length', text);
    assert.ok(finding);
    assert.match(finding.message, /runs past one screen \(about 22 lines\)/);
    // The greeting, a blank line and ten paragraphs with their blank lines fill 22 lines.
    assert.equal(text.slice(finding.start, finding.end), 'Line number 11 of my note.');
    assert.deepEqual(findings('mobile-length', text, 'request', { rules: { 'mobile-length': { screenLines: 30 } } }), []);
  });

  it('the same words in a few paragraphs fit', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Line number ${i + 1} of my note.`).join(' ');
    assert.deepEqual(findings('mobile-length', draft(`${body}\n\nCould we talk for 20 minutes?`)), []);
  });
});
