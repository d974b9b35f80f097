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
  // The reader's research on something named, even after "I would like to".
  'I would like to talk about your research on sleep and memory.',
  'I would love to hear what it takes to move from nursing into product work.',
  "I'm trying to decide between a master's and a certificate in regulatory affairs.",
  "I'd love to hear about the kinds of submissions your team prepares.",
  'What types of projects does a new regulatory writer take on?',
  "I'd love to talk about the county's new nursing residency.",
  "I'm hoping to learn about your curriculum for first-year students.",
  "My main question is whether a master's is worth it for someone with a pharmacy degree.",
  "I'd value your take on the regulatory job market in Europe.",
  "I'm keen to learn about the day-to-day of a regulatory writer.",
  "I'm weighing whether to stay in hospital pharmacy or move into industry.",
  "I'd be grateful for your view on which certifications employers actually look for.",
  "I'm especially interested in how submissions work at a small biotech.",
  "I'd like to understand what separates a good regulatory writer from a great one.",
  'Team culture and mentoring are the two biggest factors for me in choosing where to go next.',
  'What matters most to me is finding a team that trains newcomers well.',
  // A move the reader made, asked about.
  "I'd love to hear about your experience moving from hospital pharmacy into industry.",
  "I'd appreciate hearing about your path from the lab into regulatory writing.",
  'I would value hearing about your transition into medical writing.',
  // How something works, the skills the work asks for, its challenges.
  "I'd like to understand how small biotechs prepare their first submission.",
  "I'd love to learn about the skills your team values most in a new writer.",
  "I'd love to discuss the challenges of moving a hospital pharmacist into industry.",
  'I have two questions about moving from hospital pharmacy into regulatory writing.',
  // A view on a named topic, and a way of working narrowed down.
  "I'd value your perspective on how small biotechs staff their first submission.",
  "I want to learn more about the specific way your team reviews dossiers.",
  "I expect my audit skills will transfer. I would welcome your views on this observation.",
];
const NO_OBJECTIVE = [
  // Their research, or their work at a company, in general; praise for their research.
  'I would like to talk more about your research.',
  'I would like to find out more about your work at Acme.',
  'I was impressed by your research on sleep.',
  // "What it would mean to me" names no topic.
  "I can't tell you what it would mean to me.",
  'I especially enjoyed your talk at the summit.',
  "I'm familiar with the types of research your company does.",
  "I'd love to learn more about your expertise and experiences.",
  'I met you at the fair, where I learned about your publications.',
  "Please let me know how you'd prefer to connect.",
  'Let me know how to reach you if a call is easier.',
  'I particularly admire your career.',
  // Praise of their experience, or an experience with no topic, or a request for a reply.
  'I was impressed by your experience in drug safety.',
  "I'd love to learn more about your experiences in the industry.",
  "I'd love to hear how you got started and what you've learned along the way.",
  'I would like to hear how you got to where you are today.',
  'I would like to hear about your experience with the company.',
  'Please let me know if this is something you would be open to.',
  'Let me know if that works for you.',
  'I have the skills your team needs.',
  "I'd love to ask you a few questions about your career.",
  "I'd love to talk about what your experience has been like there so far.",
  "I'd love to hear how things are going at the agency.",
  // A view asked on no topic, "specific" with nothing named, interest in a placeholder, the reader's work in general.
  "I'd appreciate any perspective on your experience in the industry.",
  'I have a few questions about it.',
  'No specific agenda; I just want your perspective.',
  "I'm really interested in Acme's work in [specific area].",
  "I'd love to hear more about what you all are working on.",
];


/**
 * Sentences that carry their own ask: ordinary ways of naming a goal (a goal, "figure out",
 * "if" for "whether", trade-offs, a first step), and words that look like one but name
 * nothing to learn: "whether" about the reader's time, praise of the reader's work or
 * manner, an exclamation ("what a great talk").
 */
const draftWithAsk = (body: string) => `Hi Sam,\n\nMaya Chen suggested I write. ${body} I'm happy to fit around your schedule.\n\nThank you,\nLee`;
const OBJECTIVE_WITH_ASK = [
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

const NO_OBJECTIVE_WITH_ASK = [
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
  'Would you have 20 minutes for a call? How does next Wednesday at 4pm sound?',
  'Could we talk for 20 minutes? How would Thursday morning work for you?',
];

describe('clear-objective on more phrasings', () => {
  for (const [make, objectives, noObjectives] of [
    [draft, OBJECTIVE, NO_OBJECTIVE],
    [draftWithAsk, OBJECTIVE_WITH_ASK, NO_OBJECTIVE_WITH_ASK],
  ] as const) {
    for (const body of objectives) it(`an objective: ${body}`, () => assert.ok(!fires(make(body))));
    for (const body of noObjectives) it(`no objective: ${body}`, () => assert.ok(fires(make(body))));
  }
});
