import assert from 'node:assert/strict';
import { applyFix, lint } from '../../src/core/index.js';

/**
 * A fix changes only what its finding names: where the flagged words share a sentence with
 * the talk the note asks for, no fix may take the talk with them (issue 11, "fixes that never
 * destroy"). Each draft asks for 15 minutes; every fix offered must leave "15 minutes" in it.
 */
const SHARED_SENTENCES: [rule: string, sentence: string][] = [
  ['no-resume-upfront', "I've attached my resume and would love 15 minutes to hear how you moved into policy."],
  ['no-resume-upfront', 'Happy to send over my CV or to jump on a call for 15 minutes, whichever suits you.'],
  ['no-desperate-tone', 'It would mean the world to me if you could spare 15 minutes for a call.'],
  ['no-desperate-tone', "I can't tell you what it would mean to me if you could spare 15 minutes."],
  ['no-job-request', 'I have attached my resume for your review and would be grateful for 15 minutes to speak with you about potential openings.'],
];

describe('fixes keep the talk a sentence also asks for', () => {
  for (const [rule, sentence] of SHARED_SENTENCES) {
    it(`${rule}: ${sentence}`, () => {
      const text = `Hi Dana,\n\nI'm a nurse moving into health policy. ${sentence}\n\nThanks,\nLee`;
      const finding = lint(text).diagnostics.find((d) => d.ruleId === rule);
      assert.ok(finding, `no ${rule} finding`);
      for (const fix of finding.fixes) {
        const fixed = applyFix(text, fix);
        assert.ok(fixed.includes('15 minutes'), `“${fix.title}” lost the ask: ${fixed}`);
      }
    });
  }

  it('still offers to delete a sentence whose only ask is the flagged one', () => {
    const text = "Hi Dana,\n\nWould you take a look at my resume? I'd love 15 minutes to hear how you moved into policy.\n\nThanks,\nLee";
    const finding = lint(text).diagnostics.find((d) => d.ruleId === 'no-resume-upfront');
    assert.ok(finding?.fixes.some((fix) => applyFix(text, fix).includes('Dana,\n\nI\'d love 15 minutes')), JSON.stringify(finding?.fixes.map((fix) => fix.title)));
  });
});

describe('a job asked as the topic of a talk', () => {
  const fixesOf = (sentence: string) => {
    const text = `Hi Dana,\n\n${sentence}\n\nThanks,\nLee`;
    const finding = lint(text).diagnostics.find((d) => d.ruleId === 'no-job-request');
    assert.ok(finding, `no job finding in: ${sentence}`);
    return finding.fixes.map((fix) => ({ title: fix.title, sentence: applyFix(text, fix).slice('Hi Dana,\n\n'.length, -'\n\nThanks,\nLee'.length) }));
  };

  it('changes the topic and keeps the talk, with when and how to have it', () => {
    assert.deepEqual(fixesOf('Could we talk about the analyst role when it suits you?')[0], {
      title: 'Ask about their path instead',
      sentence: 'Could we talk about how you got into [their field] when it suits you?',
    });
    assert.equal(fixesOf('I would value the chance to discuss my potential contribution to your lab in person or online.')[0].sentence, 'I would value the chance to discuss how you got into [their field] in person or online.');
    assert.equal(fixesOf('Could we meet to discuss your research and about openings in your lab?')[0].sentence, 'Could we meet to discuss your research and about how you got into [their field]?');
  });

  it('leaves two joined topics, or a topic cut by a bracket, to the rewrite of the clause', () => {
    for (const sentence of ["Could we chat about your team's work and what you see as the hiring priorities?", 'Could we chat about how my skills match the (Job Title) I applied for?']) {
      assert.deepEqual(fixesOf(sentence).map((fix) => fix.title), ['Ask to learn instead'], sentence);
    }
  });
});

describe('a line a fix adds, in a note signed with a name and no sign-off', () => {
  it('goes above the name, not under it', () => {
    const text = 'Hi Sam,\n\nI am a nurse moving into health policy, and I read your post on the new clinic. Would you have 20 minutes for a call next week?\n\nLee';
    const finding = lint(text).diagnostics.find((d) => d.ruleId === 'offer-flexibility');
    assert.ok(finding?.fixes[0], 'no flexibility fix');
    const fixed = applyFix(text, finding.fixes[0]);
    assert.ok(fixed.endsWith('\n\nLee'), fixed);
    assert.ok(fixed.includes('next week?\n\n'), fixed);
  });

  it('still goes after the last sentence when the last line is prose', () => {
    const text = 'Hi Sam,\n\nI am a nurse moving into health policy, and I read your post on the new clinic.\n\nWould you have 20 minutes for a call next week?';
    const finding = lint(text).diagnostics.find((d) => d.ruleId === 'offer-flexibility');
    assert.ok(finding?.fixes[0], 'no flexibility fix');
    assert.ok(applyFix(text, finding.fixes[0]).startsWith(text), 'the fix changed the draft before its end');
  });
});
