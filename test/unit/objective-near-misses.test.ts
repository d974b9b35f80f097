import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * clear-objective: a meeting ask should say what the writer wants to learn. These cases
 * add ordinary ways of naming it (a goal, "figure out", "if" for "whether", trade-offs,
 * a first step), and words that look like one but name nothing to learn: a relative
 * "which" after praise, "whether" about the reader's time, praise of the reader's work
 * or manner, an exclamation ("what a great talk").
 */
const fires = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'clear-objective' || (d.related ?? []).some((r) => r.ruleId === 'clear-objective'));
const draft = (body: string) => `Hi Sam,\n\nMaya Chen suggested I write. ${body} I'm happy to fit around your schedule.\n\nThank you,\nLee`;

const OBJECTIVE = [
  'My goal is to figure out whether grant writing suits someone from teaching. Would you have 20 minutes for a call?',
  "I'm trying to figure out where a career changer should start in grant writing. Would you have 20 minutes for a call?",
  'I want to know if a certificate matters when applying to foundations. Would you have 20 minutes for a call?',
  "I'd like to ask you about breaking into grant writing from teaching. Would you have 20 minutes for a call?",
  "I'd love to understand the trade-offs between freelance and in-house grant work. Would you have 20 minutes for a call?",
  'Would you have 20 minutes to talk about what a first year in development work looks like?',
  'Would you have 20 minutes for a call? I have two questions about how foundations review proposals.',
  "I know how busy you are, but I'd love to hear how you chose between two offers. Would you have 20 minutes for a call?",
  "I'm hoping to learn which parts of grant writing are hardest to pick up on the job. Would you have 20 minutes for a call?",
];

const NO_OBJECTIVE = [
  'I read your post on foundation budgets, which I loved. Would you have 20 minutes for a call?',
  "I was wondering whether you'd have 20 minutes for a call next week.",
  'I really admire your work on the literacy grant. Would you have 20 minutes for a call?',
  'I love the way you write about nonprofits. Would you have 20 minutes for a call?',
  'What a great talk at the conference! Would you have 20 minutes for a call?',
  "I'm not sure whether you remember me from the workshop. Would you have 20 minutes for a call?",
  'I would love to connect and chat about your work. Would you have 20 minutes for a call?',
  "I hope you are well, and I'd love to hear how you are doing these days. Would you have 20 minutes for a call?",
  'I know how much your time is worth. Would you have 20 minutes for a call?',
  'I realise how busy you must be, and I appreciate how long these things can take. Would you have 20 minutes for a call?',
];

describe('clear-objective: goals, and words that only look like one', () => {
  for (const body of OBJECTIVE) it(`an objective: ${body}`, () => assert.ok(!fires(draft(body))));
  for (const body of NO_OBJECTIVE) it(`no objective: ${body}`, () => assert.ok(fires(draft(body))));
});
