import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * Ordinary English for how-found, flexibility, objective, resume and tone, written from
 * the guidance and from how people write, not taken from any published message. Each
 * list has near-misses that must not fire: negation, the reader's or someone else's
 * things, past tense, praise with no source, a single slot chosen by the writer.
 */

/** A finding the writer sees, on its own or folded into another rule's on the same words. */
const fires = (text: string, ruleId: string) =>
  lint(text).diagnostics.some((d) => d.ruleId === ruleId || (d.related ?? []).some((related) => related.ruleId === ruleId));

const request = (body: string) => `Hi Sam,\n\n${body}\n\nThank you,\nLee`;

// how-found: the opening line of a request that asks for a call and says nothing else about a source.
const withCallAsk = (sentence: string) =>
  request(`${sentence} I'm a data analyst curious about climate tech, and I'd love to hear how you moved into it. Would you have 20 minutes for a call?`);
const HOW_FOUND = [
  'Maya Chen suggested I reach out to you.',
  'Priya Shah recommended that I contact you.',
  'I was referred to you by Tom Reyes, my former manager.',
  'Our mutual friend Dana thought we should talk.',
  'A colleague of mine gave me your name.',
  'I was given your email by Jordan at the county library.',
  'My professor pointed me to you.',
  'Your name came up when I spoke with Alex last week.',
  'We met briefly at the Grid Futures meetup in March.',
  'It was great to meet you at the career fair on Thursday.',
  'I heard you speak on the energy panel at State last month.',
  'I read your article on battery recycling in Wired.',
  'I came across your post on LinkedIn about grid storage.',
  'I found you through the State alumni directory.',
  'I found your profile on LinkedIn while researching storage startups.',
  'I listened to your episode of the Climate Tech podcast.',
  'I saw your talk at PyCon on forecasting demand.',
  'As a fellow State graduate, I was glad to see your name in the alumni network.',
  'We are both members of the Women in Energy group.',
  'I stumbled upon your blog while looking into heat pumps.',
  'Your newsletter on grid storage has been my weekly read for a year.',
  'I watched your webinar on community solar.',
  'I noticed your comment in the Grid Storage Slack community.',
  'I see that you were in the robotics club on campus too.',
  'I discovered your work through a friend who forwarded your paper.',
  "Jordan Lee, who worked with you at Acme, told me you'd be the right person to ask.",
  "I'm reaching out at the suggestion of my advisor, Dr. Patel.",
  "I got your contact details from the Grid Storage Association's member list.",
  'I enjoyed your interview on the Energy Transition podcast.',
  'Your keynote at GreenTech Summit stayed with me.',
  'I spotted your profile in the State alumni database.',
  'We spoke briefly after your lecture at the library on Tuesday.',
  'I saw your name on the speaker list for the climate meetup.',
  'I read about your team in a Guardian feature on heat pumps.',
  'A former classmate shared your essay on battery supply chains.',
  'We both studied engineering at State, a few years apart.',
  "I'm a fellow member of the Society of Women Engineers.",
  'I learned about your work from a panel recording.',
  'You were recommended to me by Sara Kim.',
  'Your profile came up when I searched for storage engineers.',
  'I met your colleague Ana at a workshop, and she said you would be happy to talk.',
  'I saw on LinkedIn that you moved from teaching into energy.',
  "I got your email from the department's website.",
];
const NO_HOW_FOUND = [
  'I found your profile interesting.',
  'Your career is impressive.',
  'I am a member of the Finance Club at my university.',
  'I will be at a conference in Denver next month.',
  "I'd love to connect on LinkedIn as well.",
  'I would love to hear about your projects.',
  'I am a junior at State University studying economics.',
  'I admire what you have built.',
  'I found your story inspiring.',
  "I've been told that networking matters in this field.",
  'I noticed your background in logistics.',
  'Your work looks fascinating.',
  'I have always wanted to work in climate tech.',
  "I'd love to hear about your research.",
  'I will attend a climate meetup this spring.',
  "I'm not sure you remember me.",
  'I have followed the energy industry for years.',
  "I didn't meet you at the conference, sadly.",
];

// offer-flexibility: the meeting ask itself, after a how-found line and an objective.
const withAsk = (sentence: string) =>
  request(`Maya Chen suggested I write. I'm a data analyst, and I'd love to hear how you moved into climate tech. ${sentence}`);
const FLEXIBLE = [
  'Would you have 20 minutes for a call, whenever suits you?',
  "I'm happy to work around your schedule if you'd have 20 minutes to talk.",
  'Would you have 20 minutes to talk, by phone or email, whichever is easier?',
  'Could we find 20 minutes any time next week?',
  'Would Tuesday at 2pm or Thursday at 10am work for a 20-minute call?',
  'Could we talk for 20 minutes on Tuesday or Wednesday afternoon, or I can send questions by email?',
  'Would you have 20 minutes for a call at a time that works for you?',
  "Would you have 20 minutes for a call? I'm flexible on timing.",
  'Would you have 20 minutes to talk? Let me know what time suits you best.',
  'Would you have 20 minutes for a call or coffee, whatever is easiest for you?',
  "Would you have 20 minutes to talk? If a call is hard to fit in, I'm glad to send my questions by email instead.",
  'Would you be open to a 20-minute call at your convenience?',
  "Would you have 20 minutes to chat? I'm happy to come to your office or talk by video.",
  'Would you have 20 minutes for a call sometime in the next few weeks?',
  'Would you have 20 minutes for a call? Please suggest a day and time that suit you.',
  'Would you have 20 minutes for a call? If email is easier, I can send my questions instead.',
  "Would you have 20 minutes to talk? I'm free most afternoons, so pick whatever suits you.",
  'Would you have 20 minutes for a call? Any day next week works for me.',
  'Would you have 20 minutes for a call? Here are a few times that work for me: Monday at 10, Tuesday at 2 or Friday at 11.',
  'Would you have 20 minutes to talk, over the phone or by video, as you prefer?',
  "Would you have 20 minutes to talk? I'm happy to come to your office if that's easiest.",
  'Would you have 20 minutes for a call whenever your schedule allows?',
  "Would you have 20 minutes to talk? It's entirely up to you when.",
  "Would you have 20 minutes for a call? I can also do email if that's easier.",
  "Would you have 20 minutes to talk? I'm available most afternoons.",
  'Would you have 20 minutes for a coffee, at a place of your choosing?',
  'Would you have 20 minutes for a call? Please share any availability you have.',
  'Could we talk for 20 minutes this week? If this week is busy, next week works too.',
  "Would you have 20 minutes for a call? I'm on Pacific time but can adapt.",
  'Could we talk for 20 minutes on Friday, or would a day later in the month be better for you?',
];
const NOT_FLEXIBLE = [
  'Would Tuesday at 2pm work for you for a 20-minute call?',
  'Does next Wednesday at noon at the Blue Café work for you for 20 minutes?',
  'Could we have a 20-minute call on Friday at 9am?',
  'Would you have 20 minutes for a call?',
  "Would you have 20 minutes to talk? I'm not flexible on the date, sadly.",
  'Would you have 20 minutes to talk at 9am on Monday?',
  "I'd love a 20-minute call tomorrow at 3pm; does that work for you?",
  'Would you have 20 minutes for a call? Let me know what you think.',
  'Would you have 20 minutes for a call? Take it one step at a time.',
  'Would you have 20 minutes for a call? I have an opening on Monday at 9am.',
  'Would you be available for a 20-minute call?',
  'Would you have 20 minutes for a call? Tuesday at 3pm works for me.',
];

// clear-objective: a meeting ask with or without something to learn.
const OBJECTIVE = [
  'How did you move from teaching into research? Would you have 20 minutes for a call?',
  "I'd love to hear how you chose between agency and in-house work. Would you have 20 minutes for a call?",
  'Would you have 20 minutes to talk about which skills mattered most in your first year?',
  "I'm especially curious about what you wish you had known before switching fields. Would you have 20 minutes for a call?",
  "I have a few questions about breaking into product design. Would you have 20 minutes for a call?",
  'Would you have 20 minutes for a call? I would value your advice on choosing a bootcamp.',
  'What does a typical week look like in your role? Would you have 20 minutes to talk?',
  "I'd like to understand how your team decides what to build. Would you have 20 minutes for a call?",
  "I'd love your advice on choosing between two bootcamps. Would you have 20 minutes for a call?",
  "I'd value your perspective on whether a master's degree is worth it. Would you have 20 minutes for a call?",
  "I'd like to learn what a typical day looks like for a UX researcher. Would you have 20 minutes for a call?",
  "I'm curious why you left consulting for a startup. Would you have 20 minutes for a call?",
  'Would you have 20 minutes to tell me which certifications mattered when you started?',
  // The reader's experience in a named place or role is a topic; "in the industry" is not (below).
  "I'd love to hear about your experience at Acme. Would you have 20 minutes for a call?",
  "I'd like to ask about your experience as a policy adviser in Washington. Would you have 20 minutes for a call?",
  "I hope you'd share your insights about the field of copywriting. Would you have 20 minutes for a call?",
];
const NO_OBJECTIVE = [
  'Would you have 20 minutes for a call?',
  "I'd love to learn more about the team. Would you have 20 minutes for a call?",
  "I'd love to learn more about your career path and the work you do at Acme. Would you have 20 minutes for a call?",
  "I'd love to learn more about what you do. Would you have 20 minutes for a call?",
  "Any advice for someone like me would be great. Would you have 20 minutes for a call?",
  "I'd love to chat sometime. Would you have 20 minutes for a call?",
  'I am a data analyst. Would you have 20 minutes for a coffee next week?',
];

// no-resume-upfront: one sentence in a request.
const RESUME = [
  "I've attached my resume for your reference.",
  'My CV is attached.',
  'Enclosed is my résumé.',
  'Please see my attached résumé.',
  'I have attached a copy of my CV.',
  'Resume attached for reference.',
  "I'd be happy to share my resume if it helps.",
  'Happy to send over my CV.',
  'Here is a link to my resume.',
  'You can find my resume at the link below.',
  "I'm including my resume so you can see my background.",
  'I can forward my CV if you like.',
  'Could you pass my resume on to your team?',
  'Would you mind taking a look at my attached resume?',
  "I've enclosed my CV in case it's useful.",
  'My resume is linked below.',
  "Attached you'll find my resume and a cover letter.",
  "I'd be glad to pass along my résumé if you'd like it.",
  "I'm sharing my resume so you know a bit about me.",
];
const NO_RESUME = [
  "I'm not sending my resume; I only hope to learn from you.",
  "I won't attach my CV, since this is only to learn.",
  'Her resume was far stronger than mine.',
  'How do people in your field usually write a resume?',
  'I read your post on common resume mistakes.',
  "I've been updating my resume this month.",
  "I'm not ready to send you my CV yet, but I'd love to hear how you started.",
  "I've been told my CV is too long; I'm working on it.",
  'What should a career changer put first on a resume?',
  'Where can I send my CV if I want to apply later?',
  "I'd rather not share my resume until we've talked.",
  'My friend sent her CV to your company last year.',
];

// no-demanding-tone: one sentence in a request.
const DEMANDING = [
  'I need this by Friday.',
  'Call me at 555-0100 tomorrow.',
  'Get back to me ASAP.',
  'Please reply by end of day.',
  'Let me know by Monday.',
  'I expect to hear from you this week.',
  'Send me the contact list right away.',
  'I need your answer within 48 hours.',
  'Respond as soon as possible, please.',
  'Would Tuesday at 2pm work?',
  'Would Tuesday around 2pm work for a call?',
  'Does Thursday at 10am at the library work for you?',
  "Let's meet Friday at noon.",
  'You must reply before the weekend.',
  'Are you available to talk on [date] at [time]?',
  'Could we meet Thursday at the Blue Café?',
  'Does Wednesday at your office work for you?',
  "I'd like a response by tomorrow.",
  'Could you send me the slides by Friday?',
  'I need you to introduce me to your manager.',
  'Please confirm by the end of the week.',
  'Call me back tonight.',
  'I expect your reply by Monday.',
  'You need to reply within two days.',
  "I've scheduled a call for Tuesday at 10am.",
  // The reader's yes, or the favour done, taken for granted; urgency in other words.
  'Please let me know once you have forwarded it.',
  "Let me know when you've passed my name along.",
  "I trust you'll be able to help.",
  "I'm sure you will agree to a short call.",
  "I've written the reference for you, so you only need to sign it.",
  "Don't forget to reply.",
  'Please look at it as soon as you can.',
  'I hope to hear back within the next 48 hours.',
  'Could you let me know before the end of the month?',
];
const NOT_DEMANDING = [
  'The data updates almost immediately after each release.',
  'I need to finish my thesis by Friday, so I am planning ahead.',
  'I know you must be busy.',
  'Did you have to learn to code for your first role?',
  'Feel free to call me at 555-0100 if that is easier.',
  'I expect to graduate in May.',
  'Just wanted to make sure you saw my note from last week.',
  'Would Tuesday or Thursday afternoon work, or another time that suits you?',
  'There is no rush at all.',
  'I read your paper on Monday at the library.',
  'Could we meet Thursday at the Blue Café, or another day if that suits you better?',
  'I finished the course by the end of last year.',
  "I'll be in Boston by Friday and free all weekend, whenever suits you.",
  'My course ends by the end of the month.',
  'How long did you have to wait for your first offer?',
  'You must have seen a lot of changes in the field.',
  "If it's easier, you can call me at 555-0100.",
  'I scheduled my exams for the spring.',
  "I'm sure you'll find the report useful.",
  "I'm confident you'd be a great mentor to someone.",
  'Let me know when you have a free moment.',
  'You just need a laptop to start, as you said in your talk.',
  "Don't forget to enjoy the long weekend!",
  "I'd love to talk before the end of the month, if that suits you.",
];

// no-desperate-tone: one sentence in a request.
const DESPERATE = [
  "I'll take anything at this point.",
  "I'm desperate for any opportunity.",
  'Please, any help at all would be appreciated.',
  'Your reply would mean the world to me.',
  'Your reply would mean more than you might think.',
  'It would mean everything to me.',
  "I'm begging you to reply.",
  'You are my last hope.',
  'Even a small piece of advice would genuinely help me.',
  'Even five minutes would mean so much.',
  "I'm running out of savings and options.",
  "I'll accept any position you have.",
  "I'd switch to any industry at this point.",
  "I'm willing to take any role at all.",
  'I have nowhere else to turn.',
  'I really need a job.',
  "I've been unemployed for eight months and nobody will hire me.",
  'Even one line back would help me so much.',
  "I'll do whatever it takes, please.",
];
const NOT_DESPERATE = [
  'Our users were desperate for a simpler tool.',
  "If there's anything at all I can do to help your project, let me know.",
  "I'd appreciate whatever you can share about your path.",
  "I'm grateful for any advice you can share.",
  'Your advice meant a lot to me.',
  'The company was in transition when I joined.',
  'I beg to differ with the usual advice on portfolios.',
  "I'd be grateful for any advice you can share.",
  'Your reply would help me plan next year.',
  'Even a small team can ship a lot, as your post showed.',
  'The market was in transition when I started.',
  "I'd take any advice you have on portfolios to heart.",
];

describe('how-found, flexibility, objective, resume and tone on ordinary phrasings', () => {
  for (const sentence of HOW_FOUND) it(`says how they were found: ${sentence}`, () => assert.ok(!fires(withCallAsk(sentence), 'how-found')));
  for (const sentence of NO_HOW_FOUND) it(`names no source: ${sentence}`, () => assert.ok(fires(withCallAsk(sentence), 'how-found')));
  for (const sentence of FLEXIBLE) it(`flexible: ${sentence}`, () => assert.ok(!fires(withAsk(sentence), 'offer-flexibility')));
  for (const sentence of NOT_FLEXIBLE) it(`not flexible: ${sentence}`, () => assert.ok(fires(withAsk(sentence), 'offer-flexibility')));
  const objectiveDraft = (body: string) => request(`Maya Chen suggested I write. ${body} I'm happy to fit around your schedule.`);
  for (const body of OBJECTIVE) it(`an objective: ${body}`, () => assert.ok(!fires(objectiveDraft(body), 'clear-objective')));
  for (const body of NO_OBJECTIVE) it(`no objective: ${body}`, () => assert.ok(fires(objectiveDraft(body), 'clear-objective')));
  const inRequest = (sentence: string) => request(`I'm a data analyst with five years in retail. ${sentence}`);
  for (const sentence of RESUME) it(`a resume up front: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-resume-upfront')));
  for (const sentence of NO_RESUME) it(`no resume up front: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-resume-upfront')));
  for (const sentence of DEMANDING) it(`demanding: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-demanding-tone')));
  for (const sentence of NOT_DEMANDING) it(`not demanding: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-demanding-tone')));
  for (const sentence of DESPERATE) it(`desperate: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-desperate-tone')));
  for (const sentence of NOT_DESPERATE) it(`not desperate: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-desperate-tone')));
});
