import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * how-found: more ways of naming where the writer found the reader (a shared school, a
 * search that turned them up, someone else's opinion of them, something their team
 * published, a lecture they gave, a piece that quoted them), and near-misses that name
 * none: the writer's own thought, the reader's interview process, a plan.
 */
const fires = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'how-found' || (d.related ?? []).some((r) => r.ruleId === 'how-found'));
const withCallAsk = (sentence: string) =>
  `Hi Sam,\n\n${sentence} I'm a pharmacist curious about regulatory affairs, and I'd love to hear how you moved into it. Would you have 20 minutes for a call?\n\nThank you,\nLee`;

const SOURCES = [
  "I'm also a graduate of the State pharmacy programme.",
  'Your profile popped up when I searched for regulatory writers.',
  "Dana thought you'd be a great person to talk to.",
  "I read your team's blog post on labelling.",
  'Your name kept coming up in my reading on labelling.',
  'You gave a guest lecture in my pharmacology class last year.',
  'Dana, my former manager, thinks highly of your work.',
  'A recruiter I know speaks highly of your team.',
  'I saw you were quoted in the Guardian piece on drug pricing.',
  'You spoke at our student society in the autumn.',
  "I'm a member of the Regulatory Women network, where you posted about dossiers last week.",
];

const NO_SOURCE = [
  "I thought you'd be a great person to ask.",
  "I'd like to learn about your interview process.",
  'I feel you would understand my situation.',
  'I hope to become a graduate student next year.',
  'I will be presenting at a conference next month.',
];

describe('how-found: more sources, and more near-misses', () => {
  for (const sentence of SOURCES) it(`names a source: ${sentence}`, () => assert.ok(!fires(withCallAsk(sentence))));
  for (const sentence of NO_SOURCE) it(`names no source: ${sentence}`, () => assert.ok(fires(withCallAsk(sentence))));
});
