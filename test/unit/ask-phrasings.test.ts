import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * Ordinary English for the asks outreach makes, written from the guidance, not taken
 * from the corpus: the ask model must read the pattern, not a message it was tuned on.
 */
const inRequest = (sentence: string) => `Hi Sam,\n\nI'm a data analyst with five years in retail. ${sentence}\n\nThank you,\nLee`;
const types = (text: string) => lint(text).asks.map((ask) => ask.type);

const MEETING_ASKS = [
  "Could we connect briefly about your move into policy?",
  "I'd love to hear from you so we can discuss how you moved into policy.",
"Would you have 20 minutes for a call in the next few weeks?",
  "Would you be open to a quick chat sometime?",
  "It would be a privilege to hear how you moved into policy over a 20-minute call.",
  "Would you be willing to meet for coffee?",
  "Could we set up a 15-minute call?",
  "Do you have time for a brief call next week?",
  "I was wondering if you'd have time to chat.",
  "I'd love to grab coffee if you're free.",
  "I would really appreciate the chance to speak with you for 15 minutes.",
  "Would you be available for a short phone call?",
  "If you have 20 minutes to spare, I'd love to hear about your path.",
  "Is there a time that works for you to connect over the phone?",
  "Let me know if you'd be up for a quick Zoom.",
  "Any chance you'd be free for a 20-minute call?",
  "I'd be grateful for 15 minutes of your time.",
  "Would it be possible to schedule a brief informational interview?",
  "May I have 20 minutes of your time to ask a few questions?",
  "I'd welcome the opportunity to talk with you.",
  "Would you mind hopping on a call for 15 minutes?",
  "Could I buy you a coffee sometime this month?",
  "Are you available for a short conversation next week?",
  "I'd love to pick a time to chat about your work.",
  "Please let me know if you have time to meet.",
  "I'm hoping we can find 20 minutes to talk.",
  "If you're open to it, I'd love to set up a call.",
  "Would a 15-minute video call work for you sometime?",
  "Do you think we could meet for coffee next week?",
  "I'd appreciate it if we could talk for 20 minutes.",
  "Can we schedule a time to speak?",
  "Would you be interested in chatting for a few minutes?",
  "Would you be up for a virtual coffee?",
  "I'd like to ask if you could spare 20 minutes for a call.",
  "Might you have time for a brief chat?",
  "I'd love to learn more over a quick call, if you have time.",
  "Could you spare a few minutes to talk?",
  "Are you free for a call on Tuesday or Wednesday?",
  "When would be a good time for a short call?",
  "I'd love to connect for a brief informational interview.",
  "Happy to work around your schedule if you'd be willing to meet.",
  "Would you consider meeting me for a quick coffee?",
];
const NOT_MEETING_ASKS = [
"I enjoyed your talk on accessibility last week.",
  "I'll be at the conference next month.",
  "You saw my audit work up close, so I think you could speak to it better than anyone.",
  "I have been reading about design systems.",
  "Thanks again for the call yesterday.",
  "I'm taking a course on research methods.",
  "I met your colleague at a meetup.",
  "I spoke with Maya last week about her role.",
  "I'm happy to share what I learned in the course.",
  "Our call last week helped me a lot.",
  "I'll keep you posted on how the coffee chats go.",
  // A job's growth is no time with the reader (the job ask is flagged on its own).
  "I am looking for an entry-level position with the opportunity to learn and grow.",
];
const MEETING_DRAFTS = [
"Subject: Informational interview request\n\nHi Sam,\n\nI'm a teacher exploring UX research and admire your work at Acme. I'd love to learn how you made the move.\n\nThank you,\nLee",
 "Subject: Coffee chat?\n\nHi Sam,\n\nI'm a teacher exploring UX research and admire your work at Acme.\n\nThank you,\nLee",
 "Hi Sam,\n\nI am writing to request an informational interview with you.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'm reaching out to see if you'd be willing to share 15 minutes of your time.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'd love the chance to hear about your experience over a short call.\n\nThank you,\nLee",
 "Hi Sam,\n\nI would be grateful for the opportunity to speak with you briefly about your career.\n\nThank you,\nLee",
 "Hi Sam,\n\nIf you have some time in the coming weeks, I'd love to chat.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'm hoping to set up a brief informational interview with you at your convenience.\n\nThank you,\nLee",
 "Hi Sam,\n\nWould you be able to spare 20 minutes sometime next week to talk about your work?\n\nThank you,\nLee",
 "Hi Sam,\n\nI'd really value 20 minutes of your perspective.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'd like to request a brief meeting to learn more about your team.\n\nThank you,\nLee",
 "Hi Sam,\n\nI was hoping to schedule a time to talk with you.\n\nThank you,\nLee",
 "Hi Sam,\n\nPlease let me know if there's a convenient time for a quick call.\n\nThank you,\nLee",
 "Hi Sam,\n\nWould love to hop on a call if you're open to it.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'd be thrilled to meet up for coffee and hear about your journey.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'll be in Boston next week and would love to meet in person if you have time.\n\nThank you,\nLee",
 "Hi Sam,\n\nI am interested in setting up an informational interview to learn more about your role.\n\nThank you,\nLee",
 "Hi Sam,\n\nWould you be willing to have a short conversation with me about the field?\n\nThank you,\nLee",
 "Hi Sam,\n\nWould it be possible to find a time to chat?\n\nThank you,\nLee",
 "Hi Sam,\n\nI'd be very grateful for a 15-minute call.\n\nThank you,\nLee",
 "Hi Sam,\n\nIf you're willing, I'd love to ask you a few questions over the phone.\n\nThank you,\nLee",
 "Hi Sam,\n\nI'm requesting 20 minutes of your time for an informational interview.\n\nThank you,\nLee",
 "Hi Sam,\n\nAre you open to connecting for a brief virtual coffee?\n\nThank you,\nLee",
 "Hi Sam,\n\nI would love to buy you a coffee and learn about your work.\n\nThank you,\nLee",
 "Hi Sam,\n\nCould I steal 15 minutes of your time next week?\n\nThank you,\nLee",
];
const JOB_ASKS = [
"Are you hiring analysts right now?",
  "Could you refer me for the analyst role?",
  "I am happy to discuss my qualifications further at your convenience.",
  "I'd love to be considered for any openings on your team.",
  "I noticed your team has an opening for a data analyst, and I believe I'd be a great fit.",
  "Would you be willing to pass my resume along to the hiring manager?",
  "Could you put me in touch with the hiring manager for this role?",
  "I'm applying for the analyst role at your company and would appreciate a referral.",
  "Do you know if your team has any open positions?",
  "I'm looking for a new role and wondered if you had anything available.",
  "I think my background makes me a strong candidate for the role.",
  "Please keep me in mind if anything opens up.",
  "Would you be able to forward my application to the recruiter?",
  "I'm very interested in joining your team.",
  "Is there any way you could help me get an interview?",
  "I am reaching out to express my interest in the Senior Analyst position.",
  "Could you let me know who is hiring for this position?",
  "I would love the opportunity to work at Acme.",
  "Can you tell me about the hiring timeline for this role?",
  "I'm hoping to land a role on your team.",
  "Do you have any advice on how I can stand out in my application, or could you flag it to the recruiter?",
  "I'd be grateful if you could recommend me for the position.",
  "I'd appreciate it if you could submit a referral for me.",
  "Would you be open to referring me?",
  "If you feel comfortable referring me, I'd be grateful.",
  "I am looking for any entry level position that might be available.",
  "I'm looking for a remote Ruby on Rails job.",
  "I wanted to follow up on my application last week.",
  "I saw this job opening at your company and I'm really interested in learning more.",
  "I saw that Northwind is hiring data analysts.",
  "Your analytics lead role is exactly the kind of position I'm seeking.",
  "I'm very interested in pursuing a 3–6 month research internship in your lab.",
];
const NOT_JOB_ASKS = [
"How did you get your first role in analytics?",
  "I'd love to hear about your role and how you got there.",
  "I would like to talk with someone at your company about the different careers and jobs in your field.",
  "I would love to learn from your expertise in a brief 15-min interview for my research project.",
  "Any advice on landing a role in the field?",
  "Your post about hiring practices was great.",
  "I enjoyed your talk on how teams recruit.",
  "What skills matter most in your position?",
  "Would a 15-minute call work for you sometime?",
  "I'd love to learn what your typical day looks like in your role.",
  "Acme caught my attention, and I'd love to connect with people doing interesting work there.",
  // Exploring roles in a field is where a career changer is, not a job asked of the reader.
  "I'm a nurse exploring operations roles, and your move into them caught my eye.",
];

/** Who else to talk to, or an introduction to someone, in ordinary words. */
const INTRODUCTION_ASKS = [
  "If there are any other resources or people you think I should connect with, I'd be grateful for suggestions.",
  'Could you point me to whoever on the team handles data engineering?',
  'Perhaps you know of someone with whom I might speak about pricing?',
  'Do you know of anyone in retail analytics I could talk to?',
  'Is there someone else you think I should reach out to?',
  "Could you help set up a quick chat with your team's data lead?",
  'Would you be willing to arrange a call with your colleague in pricing?',
  "I see you're connected with Dana at Acme. Would you mind connecting us?",
  'Perhaps you or a colleague know of someone I might speak with.',
  'I would love the opportunity to meet more of the team.',
  'Would it be possible to speak with others on your team?',
  "I'd appreciate any insights or connections you might have.",
  'As a manager, would you have context to share, or could you recommend a better resource/contact?',
  'Could you suggest another contact on the team?',
  'Could you refer me to the best person to talk to over there?',
  'Could you suggest the right person to chat with?',
  'Could you share the contact of someone in your compliance team?',
  "I'd be grateful if you could loop me in with Dana.",
  'Could you cc me on a note to Dana?',
  "Do you have any colleagues who'd be open to a chat?",
  'Who on your team would be the best to talk to about pricing?',
  'Would you feel comfortable putting us in touch?',
  'Could you help me get in touch with the team lead?',
  "I'd love to hear more about who you know that would talk to me.",
];
const NOT_INTRODUCTION_ASKS = [
  'I know of someone who moved from retail into pricing.',
  'My manager pointed me to your article on demand forecasting.',
  'I spoke with your colleague in pricing last week.',
  // The writer offering an introduction, and the reader's team as a topic.
  'Would you like me to make an introduction?',
  'I wanted to connect you with Dana, who works in pricing.',
  "Let me know if you'd like me to introduce you to my old manager.",
  "I'd love to hear how more of the team got started.",
  'Dana Okafor suggested I contact you for a brief call.',
  'Could you recommend a good book on pricing?',
  'Who in your team led the redesign? I loved it.',
  'Do any colleagues who work remotely find it lonely?',
  "I'd love to stay in touch with you.",
];

/** The reader's advice, asked for in their own words: "your thoughts" is what is wanted, not something of theirs. */
const ADVICE_ASKS = [
  "I'd love your advice on which courses to take.",
  'I would appreciate your honest thoughts on my plan.',
  "I'd value your perspective on pricing roles.",
  "I'd love your take on whether a master's is worth it.",
  'Could you point me to a good book on pricing?',
  'Could you point me to a good primer on grid markets?',
  'Could you point me in the right direction?',
  "I'm curious what your first year looked like.",
  "I'm wondering how you chose between offers.",
  'I was wondering, as someone just starting out, how you handled your first year.',
];
const NOT_ADVICE_ASKS = [
  'Thanks for your advice last week.',
  'Your advice was a great help.',
  'I loved your insights at the panel.',
  'I read your take on pricing last week.',
  'I wonder how anyone finds the time.',
  'I was curious how it worked, so I built one myself.',
  'I have been following you for a long time.',
  // Help offered back asks nothing of the reader.
  'Let me know if I can help with anything on your end.',
  "If there's anything I can do for you, let me know.",
  'If there is anything I can do in return, just ask.',
  'Let me know when I can return the favour.',
];

describe('the ask model on ordinary phrasings', () => {
  for (const sentence of ADVICE_ASKS) it(`advice: ${sentence}`, () => assert.ok(types(inRequest(sentence)).includes('advice'), String(types(inRequest(sentence)))));
  for (const sentence of NOT_ADVICE_ASKS) it(`no advice: ${sentence}`, () => assert.deepEqual(types(inRequest(sentence)), []));
  for (const sentence of INTRODUCTION_ASKS) it(`an introduction: ${sentence}`, () => assert.ok(types(inRequest(sentence)).includes('introduction'), String(types(inRequest(sentence)))));
  for (const sentence of NOT_INTRODUCTION_ASKS) {
    it(`no introduction: ${sentence}`, () => assert.ok(!types(inRequest(sentence)).some((type) => type === 'introduction' || type === 'connection'), String(types(inRequest(sentence)))));
  }
  for (const sentence of MEETING_ASKS) it(`a meeting: ${sentence}`, () => assert.ok(types(inRequest(sentence)).includes('meeting'), String(types(inRequest(sentence)))));
  for (const sentence of NOT_MEETING_ASKS) it(`no meeting: ${sentence}`, () => assert.ok(!types(inRequest(sentence)).includes('meeting')));
  for (const draft of MEETING_DRAFTS) it(`a meeting: ${draft.split('\n').find((line) => /\w{3}/.test(line) && !/^Hi /.test(line))}`, () => assert.ok(types(draft).includes('meeting')));
  const jobFindings = (sentence: string) => lint(inRequest(sentence)).diagnostics.filter((d) => d.ruleId === 'no-job-request');
  for (const sentence of JOB_ASKS) it(`a job: ${sentence}`, () => assert.ok(jobFindings(sentence).length >= 1));
  for (const sentence of NOT_JOB_ASKS) it(`no job: ${sentence}`, () => assert.deepEqual(jobFindings(sentence), []));
});
