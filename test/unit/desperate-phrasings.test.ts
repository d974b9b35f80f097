import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * no-desperate-tone: more ways a writer pleads or offers to accept anything (the guidance:
 * no begging, "any job", "I'll do anything", "I really need"), and near-misses where the
 * same words describe someone else, or "help me understand" asks politely.
 */
const fires = (sentence: string) => {
  const text = `Hi Sam,\n\nI'm a data analyst moving into climate tech, and I'd love to hear how you made the move. ${sentence} Would you have 20 minutes for a call, whenever suits you?\n\nThank you,\nLee`;
  return lint(text).diagnostics.some((d) => d.ruleId === 'no-desperate-tone' || (d.related ?? []).some((r) => r.ruleId === 'no-desperate-tone'));
};

const DESPERATE = [
  'I would be forever in your debt.',
  "Honestly, you're my only hope.",
  "I don't know who else to ask.",
  "I'm at the end of my rope.",
  "I'd work for free if I had to.",
  "I'm willing to work for nothing just to get started.",
  "I'd be grateful for anything at all.",
  "I've been struggling to find work for months.",
  'I am struggling to get any interviews.',
  // Silence and rejection everywhere, said of the writer.
  "I've sent out forty applications and no one has replied.",
  'I have been turned down by everyone I applied to.',
  "Honestly, I don't know what else to do.",
  "I've applied to dozens of companies since spring.",
  // Gushing gratitude for a favour not yet done, and any job at all.
  "I'd be incredibly grateful if you could spare ten minutes.",
  'Honestly, any role would do.',
  // Begging for help as such, and hope heaped on the reply.
  'Pls help me out, man.',
  'Please help me, I really need this.',
  'I am waiting for your response with so much hope.',
  'I implore you to read my whole message before you decide.',
  // The writer's own plight, after a word about the reader.
  "I know you're busy, but I was fired, I'm broke and I feel hopeless and miserable.",
];

const NOT_DESPERATE = [
  'Our team was struggling to find a good forecasting tool.',
  'The only hope for the old grid is a full rebuild.',
  'Please help me understand how you chose between offers.',
  'Volunteers at the museum work for free on weekends.',
  "I'd be grateful for any insight you can share.",
  'My only question is how you chose your first team.',
  'No one answers the phone at the depot after five.',
  'Our first design was rejected by everyone on the board.',
  'Nobody gets paid enough in that field.',
  // A job question is a job ask (no-job-request), not a plea; thanks for help given is warm.
  'Do you have any openings on your team?',
  "I'm incredibly grateful for the advice you gave me last week.",
  // Help asked to understand something.
  'Could you please help me figure out which course to take?',
  'Please help me make sense of the options.',
  // Sympathy for the reader's load is not the writer's plight.
  "I completely understand that you're busy, and there's no pressure if you're unable to provide a reference.",
  "I'm sorry to hear your team had such a terrible, painful layoff.",
];

describe('no-desperate-tone: more pleas, and near-misses', () => {
  for (const sentence of DESPERATE) it(`desperate: ${sentence}`, () => assert.ok(fires(sentence)));
  for (const sentence of NOT_DESPERATE) it(`not desperate: ${sentence}`, () => assert.ok(!fires(sentence)));
});
