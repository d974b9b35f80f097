import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * clear-objective on more ordinary phrasings: a decision the writer is weighing, a
 * question put as "whether", the day-to-day of a role, a view asked on a named topic; and
 * near-misses where "especially" praises, or "how" asks only about arranging the call.
 */
const fires = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'clear-objective' || (d.related ?? []).some((r) => r.ruleId === 'clear-objective'));
const draft = (body: string) => `Hi Sam,\n\nMaya Chen suggested I write. ${body} Would you have 20 minutes for a call? I'm happy to fit around your schedule.\n\nThank you,\nLee`;

const OBJECTIVE = [
  "I'm trying to decide between a master's and a certificate in regulatory affairs.",
  "My main question is whether a master's is worth it for someone with a pharmacy degree.",
  "I'd value your take on the regulatory job market in Europe.",
  "I'm keen to learn about the day-to-day of a regulatory writer.",
  "I'm weighing whether to stay in hospital pharmacy or move into industry.",
  "I'd be grateful for your view on which certifications employers actually look for.",
  "I'm especially interested in how submissions work at a small biotech.",
  "I'd like to understand what separates a good regulatory writer from a great one.",
  'Team culture and mentoring are the two biggest factors for me in choosing where to go next.',
  'What matters most to me is finding a team that trains newcomers well.',
];
const NO_OBJECTIVE = [
  'I especially enjoyed your talk at the summit.',
  "Please let me know how you'd prefer to connect.",
  'Let me know how to reach you if a call is easier.',
  'I particularly admire your career.',
];

describe('clear-objective on more phrasings', () => {
  for (const body of OBJECTIVE) it(`an objective: ${body}`, () => assert.ok(!fires(draft(body))));
  for (const body of NO_OBJECTIVE) it(`no objective: ${body}`, () => assert.ok(fires(draft(body))));
});
