import assert from 'node:assert/strict';
import { describeAsk, describeAsks, lint } from '../../src/core/index.js';

describe('what a draft asks for, in a few words', () => {
  const said = (text: string) => describeAsks(lint(text).asks, text);
  it('names a meeting by its length and sort', () => {
    assert.equal(said('Hi Sam,\n\nWould you have 20 minutes for a call next week?\n\nThank you,\nLee'), 'a 20-minute call');
    assert.equal(said('Hi Sam,\n\nCould I buy you a coffee sometime this month?\n\nThank you,\nLee'), 'a coffee');
    assert.equal(said('Hi Sam,\n\nWould you be open to a 15-minute Zoom chat?\n\nThank you,\nLee'), 'a 15-minute video call');
  });
  it('names a favour the ask model does not type by its words, where they are clear', () => {
    assert.equal(said("Hi Pat,\n\nI was wondering if you'd be willing to serve as a reference for me.\n\nThanks,\nLee"), 'a reference');
    assert.equal(said("Hi Dana,\n\nIf there's anything specific that made the difference, I'd genuinely welcome it.\n\nBest,\nLee"), 'something unclear');
  });
  it('lists each kind of ask once, in the order asked', () => {
    const text = 'Hi Maya,\n\nWould you have 20 minutes for a call? If not, could you introduce me to someone on your team?\n\nThanks,\nLee';
    assert.equal(said(text), 'a 20-minute call and an introduction');
    assert.equal(said('Hi Maya,\n\nI enjoyed your talk.\n\nThanks,\nLee'), 'nothing');
    assert.equal(describeAsk({ type: 'job', start: 0, end: 0, cue: { start: 0, end: 0 } }, ''), 'a job or referral');
  });
});
