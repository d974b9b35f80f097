import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * More everyday ways of asking for a job or a conversation, written from the guidance and
 * from how people write, with near-misses that must stay quiet: the reader's own job, the
 * writer's past, negation, hypotheticals and things only described. The sentences sit in
 * an ordinary request so that the rest of the draft says nothing either way.
 */
const inRequest = (sentence: string) => `Hi Sam,\n\nI'm a data analyst with five years in retail. ${sentence}\n\nThank you,\nLee`;
const types = (sentence: string) => lint(inRequest(sentence)).asks.map((ask) => ask.type);
const jobFindings = (sentence: string) => lint(inRequest(sentence)).diagnostics.filter((d) => d.ruleId === 'no-job-request');

const JOB_ASKS = [
  // An application about to be made, the writer's contribution.
  'I am currently looking to apply for the analyst role.',
  "I keep thinking about how my experience could contribute.",
  // A post that may open, room on the team, other roles the writer's background fits.
  "If something else opens up on the team, I'd be glad to hear from you.",
  "If there's ever room for an associate analyst on your team, I'd want to be first in line.",
  "I'd like to see whether my background fits other roles you have open.",
  // Taking people on, being interested in applying, and exploring how the writer could help the organisation.
  'Are you looking to take on any undergraduate advisees next year? If so, I would be very interested in applying.',
  "If Acme is looking to rethink its design operations, I'd love to explore how I can help.",
  // Questions about openings and hiring.
  'Is your company hiring right now?',
  'Are there any open roles on your team?',
  'Do you know of any openings at Acme?',
  'Do you expect any openings on your team this spring?',
  'Is the analyst position still open?',
  'Are you taking on interns this summer?',
  'Who is the hiring manager for the analyst role?',
  'How would I go about applying to your team?',
  'How do I apply for a role at Acme?',
  'Is there a chance I could interview for the position?',
  // Hiring timelines.
  'When does Acme usually recruit for summer internships?',
  'Do you know when your team plans to hire again?',
  'What is the timeline for filling the analyst role?',
  // Referrals and passing a resume on.
  'Could you refer me for the opening on your team?',
  'Would you be willing to refer me?',
  'Could you refer me internally?',
  'Would you be comfortable submitting a referral for me?',
  'I was wondering whether you could refer me for the associate role.',
  'Could you forward my resume to the hiring manager?',
  'Would you mind passing my CV on to your team lead?',
  'Could you take a look at my resume for the open analyst role?',
  'Please forward my resume to whoever is hiring.',
  'Feel free to pass my resume to your manager.',
  'It would mean a lot if you could put in a good word for me.',
  'Could you recommend me to your recruiter?',
  // Polite and indirect asks to be considered.
  'Would you consider me for the analyst position?',
  "I'd love to be considered for the analyst opening.",
  'I hope to join your team one day.',
  "If there's ever an opening on your team, I'd love to hear about it.",
  "I'd be grateful for a referral for the open position.",
  "I'd appreciate it if you could pass my resume along.",
  "I'd be thrilled to work for your company.",
  "I'm hoping you might be able to refer me for the role.",
  'Let me know if any positions open up on your team.',
  'Please consider me for any openings.',
  'I would welcome the chance to be part of your team.',
  // Self-pitches and applications.
  'I have submitted my application for the design internship.',
  'My experience in logistics would make me a valuable addition to your team.',
  'I believe my skills are a great match for the position.',
  'I am applying for the product analyst position at your company.',
  "I'm excited to apply for the open role on your team.",
  'I would love to bring my analytics background to your team.',
  // Elided questions, idioms and the applicant's vocabulary.
  'Do you know if Acme is hiring?',
  'Any openings for junior analysts?',
  'Any chance your team is hiring?',
  'Is your company looking for analysts at the moment?',
  'Could you help me get my foot in the door at Acme?',
  'Would you put my name forward for the role?',
  'Do you know whether the team will have headcount next year?',
  "I'm open to any role at all at your company.",
  "I'd take any position you have available.",
  'Can you tell me when applications open for the graduate program?',
  'Would you be willing to review my resume before I apply?',
  "I'm excited to be considered for the position.",
  'I look forward to hearing about the next steps in the hiring process.',
  "What's the best way to get hired on your team?",
  "I'd love to know if there are any internships this summer.",
  'Would your team consider someone with my background?',
  'Could I send you my resume in case something comes up?',
  // A resume named by "this" or "attached"; interns and students of any kind; roles in general.
  'Can you forward this resume for any internal postings?',
  'Could you share the attached resume with your recruiter?',
  'I am writing to ask if you are accepting research interns this summer.',
  'Is your lab accepting new PhD students for next autumn?',
  "I'm interested in roles on your data team.",
  'Interested in [Role] at [Company].',
  "I'd love to be on your radar if a fit opens up.",
  // A scheme named, someone taken on in a role, outside help hired.
  "I'd love to join the Acme Software Developer Intern program.",
  'Would you still consider taking him as an intern this summer?',
  'Are you open to working with freelancers?',
  // A possible role with its kind between; taken into the place; the reader seeking people like the writer.
  "I'd like to put my information out there for your review for a possible intern job.",
  'Sir, please take me in your lab.',
  'I would love to get involved with your research if you are still looking for undergraduates.',
  'I would be interested in joining your cryptology research group.',
  // Work got with the reader; whether the reader needs someone like the writer.
  'I am free now. I want to get a job with you if possible.',
  'I just started coding, you need a lead dev?',
  'Do you need any help with your business?',
  // A doubt put as a question, roles for or fitted to the writer, a place with a supervisor.
  "I don't suppose you have a job for me in LA.",
  "Could we meet for lunch so we can talk about potential opportunities for me?",
  "Dear company, please hire me.",
  "If you are kind enough to offer me an assistantship, I will work very hard.",
  "I'm eager to be a part of your research team.",
  'I am looking for PhD opportunities in your lab.',
  'I would be honoured to work under your guidance.',
  'I wish to apply for the job as posted.',
  'Could you review my resume for the analyst role on your team?',
  'i want to work with you.',
  // A job noun with no article after a verb of getting, as writers new to English put it.
  'can i get internship in your team',
  'I am looking for job in your company.',
  // The organisation taking applications, or still looking for someone.
  'Is this currently open for applications?',
  'Are you accepting applications for the summer?',
  "I'm free next week if you're still looking for a PA.",
  "I'm looking to join a product team like yours.",
  'Could you tell her about any new opportunities you hear of?',
  // Someone the reader's project might need, and roles of a kind sought with no article.
  "Don't you need a Spanish translator for the docs?",
  'Seeking principal roles in fintech.',
  'I am looking for any open position in your company.',
  "Sir I'm looking for 3d Modeler Job.",
  'Do you have any slot left for a junior react developer?',
  "Are there roles for people like me at Northwind?",
  'Is there a role for me on your team?',
  'Any connections regarding roles within Deloitte that align with my skills would help.',
  'Please let me know if you are accepting new students.',
  'I am currently seeking a full time sales position.',
  'I hope to join the lab one day.',
  // Titles, labs by name, jobs of a kind, and a reader who may still need someone.
  'I am interested in Software Developer Intern.',
  'I am hoping to join ASLP lab next year.',
  'Need job as a frontend developer.',
  'Do you still need a web developer?',
  // Roles explored at an organisation, fit with a background, and a placement asked for.
  'I want to reach out to explore potential roles in your company.',
  "I'm exploring ecosystem roles at Northwind and wanted to reach out.",
  'Could we talk about where someone with my operator background might fit?',
  'I am writing to request work experience in your law firm this spring.',
  'I would be really happy if you could get me work experience.',
  // Plain and informal wants, the reader's helper or student, and the one the reader needs.
  'I wana job this company.',
  'I am a full stack developer, so wanna work with you and your team.',
  'I want to be your apprentice.',
  'Could I be one of your potential students next year?',
  'I would love to become a member of your group.',
  "If you're ever looking for a TypeScript engineer, I'm your person.",
  'I would love the chance to discuss how my skills and experiences might match the analyst role.',
  'I would like to meet with you to discuss PhD opportunities.',
  'Happy to chat about contract-to-hire work.',
];

const NOT_JOB_ASKS = [
  // Room in the reader's calendar is their time.
  "If there's ever room in your calendar for a coffee, I'd love that.",
  // Mentees are mentoring; applying what one learned is no application.
  'Are you taking on any new mentees this year?',
  "I'm interested in applying what I learned in class to real projects.",
  // Something that suits the reader.
  'I wanted to catch up first, to make sure it would be a good fit for you.',
  // The reader's own time at work, asked about.
  "I'd love to learn more about your experience working there.",
  "I'd love to hear about your years interning at Acme.",
  // Offering to say more about oneself is what a request may do instead of sending a resume.
  "I'd be happy to discuss my background further if it would help.",
  // The reader's own job and path.
  'How did you land your current role?',
  'What was your path to your present position?',
  "I'd love to hear what your role involves day to day.",
  'Could you tell me how you prepared for your first interview?',
  'What do you wish you had known before your first job in the field?',
  'What do hiring managers in your field look for in a portfolio?',
  // The writer's past and present, told as background.
  'I applied to graduate school last year and finished my degree in May.',
  'For two years I worked in hiring at a staffing agency.',
  'I have been a recruiter for three years.',
  'In my last job I reviewed hundreds of resumes.',
  "I'm happy in my current job and want to learn about research.",
  "I've been in my role for six years.",
  // Reported, thanked for, negated or described.
  'You mentioned last month that your team was growing.',
  'We are growing fast and I need to hire two engineers; who do you know?',
  "We're looking to hire two analysts this spring; who would you suggest?",
  'What do recruiters in your field look for in a first portfolio?',
  'Thanks again for referring me to your colleague Dana.',
  'I read your post about how your team hires engineers.',
  "I'm not ready to apply anywhere yet; first I want to learn about the field.",
  'Could you connect me with someone who works in data journalism?',
  'Who else would you suggest I talk to about research roles?',
  // Career goals and the field in general.
  "I'm hoping to move into a research role within two years.",
  'How do people usually get hired in this field?',
  'I interviewed for a similar role last year and learned a lot.',
  'Is your team looking to adopt new tools this year?',
  'My team is looking for ways to shorten onboarding.',
  // A pitch is about the writer: the same words about someone else are a question about the field.
  'Which skills would make a career changer a strong candidate in this field?',
  'What made you want to join the team?',
  'What do you look for when hiring junior designers?',
  "I'm interested in role models who moved from teaching into design.",
  // Work done together before.
  'I enjoyed working with you and valued your support throughout my career.',
  'I miss working with you at the museum.',
  'How did you start working with contractors when your team was small?',
  'Were you looking for students when you started the lab?',
  'How did you join your current team?',
  'How did you get a job at your company?',
  'Do you need a visa to work there?',
  'Do you think a new team needs a designer early on?',
  // A report-back promise, and a pitch whose job words are something else.
  "I'll keep you posted on next steps.",
  'I am excited about the opportunities to work together on the festival.',
  'I am wishing to learn more about the lab some time in my career.',
  // Work or an internship the writer held, told as background.
  'Back in 2019 I was an intern for Northwind and had the pleasure of working with you.',
  'At the time, I was able to work with you and Dana.',
  "I'm interning at Northwind this summer.",
  "I'm looking for research opportunities in climate policy.",
  // A resume looked over is a favour unless a role is in view.
  'Could you review my resume?',
  "I'd love to hear what it's like working with your team.",
  'Would you take a look at my CV when you have a moment?',
  // A job noun that modifies another is not the thing asked for.
  'Can you get job advice from her?',
  'I want to find job boards that list policy roles.',
  'Hiring managers in your field value portfolios, I hear.',
  // Words that only share a stem with a job word, and fitting around the reader's time.
  'Is there any positive side to switching fields?',
  "I'm interested in the open source community.",
  'I am looking for remote job boards to follow.',
  'Please refer to my portfolio for examples.',
  "I'm happy to work with your busy schedule.",
  "I'm happy to work with your schedule.",
  // Applying to study is admission to a school.
  'I am going to apply for MASc at UBC, so I need reference letters.',
  'I plan to apply to graduate school next year.',
];

const MEETING_ASKS = [
  // A purpose that is a question to the reader.
  'Maria suggested that I contact you to see whether you would speak with me.',
  'I am writing to find out if you might have time to talk with me.',
  'Would you be open to talking for 15 minutes sometime next week?',
  'Could we hop on a quick call?',
  // An intro with a length or a meeting noun is a first meeting with the reader, not an introduction to someone else.
  'Would you be open to a 15-minute intro call?',
  'Open to a 10-min intro?',
  'Would you be open to a fifteen-minute intro next week?',
  // A short talk by other names, connecting in order to talk, a nudge's elided wish, two softeners.
  'I would love to touch base and hear about your experience.',
  'Please give me a chance to have a word with you.',
  'Can we connect to discuss your move into policy?',
  'Still interested in a quick chat about how you scaled the team.',
  "I'd also just love to catch up and hear how you are doing.",
  "I'd very much like to have the chance to meet with you.",
  'I would also sincerely appreciate the opportunity to discuss your path.',
  "I'd love to grab a virtual coffee with you.",
  'Do you have 15 minutes to chat this week or next?',
  'Would you be willing to speak with me briefly?',
  'Is there a time in the next two weeks that would work for a short call?',
  "If you have a few minutes, I'd love to ask you about your work.",
  "Let me know if you'd be up for a brief conversation.",
  "I'd be grateful for a chance to sit down with you.",
  'Could we find 20 minutes to talk in the coming weeks?',
  'Would you mind if I called you for 10 minutes?',
  'Can I take you out for coffee?',
  'Would you have time for a quick Zoom next week?',
  'Might you be free for a short video chat?',
  "I'm hoping to speak with you for 20 minutes about your path.",
  'Would it be alright if we set up a time to talk?',
  "I'd love to schedule a short call at your convenience.",
  'Could you spare 15 minutes for a phone call?',
  "I'd really appreciate 15 minutes of your time.",
  'Please let me know a time that suits you for a quick chat.',
  'Would you consider a brief informational interview?',
  'Is there a day next week when we could talk?',
  'Are you around for a short call on Thursday?',
  'Would you be up for meeting over lunch?',
  'Could we connect by phone for a few minutes?',
  "I'd love the chance to meet you in person.",
  'When might you have 15 minutes to talk?',
  'Could we speak sometime this month?',
  'Would a quick call next week be possible?',
  "If you can spare 20 minutes, I'd love to learn from you.",
  'Any chance we could talk for 15 minutes?',
  'Do you have time to meet during the conference?',
  "Let's find a time to chat.",
  'Feel free to pick any time that works for you for a short call.',
  'Would you be willing to walk me through your work on a 15-minute call?',
  "I'd love to hear your story over coffee.",
  'Could I ask you a few questions over a short video call?',
  "I'd love to catch up for 20 minutes when you're free.",
  'Would you be open to a 15-minute conversation about your path into research?',
  'Is there a morning that works for you to talk?',
  // Without "you": elided subjects, noun phrases and statements that work as asks.
  'Open to a quick call next week?',
  'Free for coffee sometime next week?',
  'Would love 15 minutes to hear about your path.',
  'A short call at any time that suits you would be wonderful.',
  'Maybe we could talk sometime in the next few weeks?',
  'Perhaps we could grab coffee near your office?',
  "I'm in town next week if you'd like to meet.",
  'Let me know your availability for a short call.',
  'Please let me know when you are available to talk.',
  'What does your calendar look like next week for a quick chat?',
  'Would Tuesday or Wednesday afternoon work for a short chat?',
  'Hoping to chat for 15 minutes at your convenience.',
  "I'd love to set up a brief informational interview.",
  'Do you think you might have 20 minutes to talk?',
  'Would you be willing to share your experience with me over the phone?',
  'Happy to work around your schedule for a 15-minute call.',
  // A job ask that offers a call as well.
  'Happy to send my resume or hop on a quick call, whichever helps.',
  // More everyday frames.
  'Do you have a window next week for a quick call?',
  "I'd welcome 20 minutes on your calendar.",
  'Would you be open to me calling you sometime?',
  'Would you be willing to jump on the phone?',
  'Can we connect over video next week?',
  "If your schedule allows, I'd love to meet for coffee.",
  'Would you have a moment to talk this week?',
  'Let me know if a quick call works for you.',
  'It would be great to hear your thoughts over a short call.',
  'Might we find a time to speak?',
  'Shall we set up a time to talk?',
  'How about a quick call next Tuesday?',
  'Could I get 15 minutes on your calendar?',
  "Let's grab a coffee when you're next in town.",
  'Any interest in a quick call?',
  'Would you like to grab coffee?',
  "Is a call next week something you'd consider?",
  'Would you have 15 minutes for a call, or would you prefer to answer by email?',
  "If you have a few minutes, I'd love to hear your story over the phone.",
  'I read your article on supply chains and would love 15 minutes of your time.',
  // A talk left to the reader's wish does not cancel one asked for outright.
  "Would you have 20 minutes for a call next week? If you'd like to talk by phone instead, that works too.",
  // The writer says when: a meeting proposed.
  "If you'd like to talk, I'm free most afternoons next week for 20 minutes.",
  // A day put to them as "how about…".
  'How about the 20th, at the Corner Café?',
  'What about Tuesday at 3pm?',
]

/** A question put to the reader in the writer's own words asks for their advice. */
const ADVICE_ASKS = ['Will you be my mentor?', 'Sir, can you guide me?', "I'd like to ask you what to look for in a first job offer.", 'Can I ask you which course you would take first?', 'I wanted to ask you about your move into product.'];
const NOT_ADVICE_ASKS = ['People often ask you about your book, I imagine.', 'Keep up the great work!'];
// An easy out releases the reader; someone else's thought of them asks nothing.
const NO_ASKS = [
  // More of the writer's details offered.
  "I'm happy to provide any additional information that would be helpful.",
  "Completely understand if you're too busy.",
  'Completely understand if you are too busy.',
  "No worries if you're swamped right now.",
  "But I don't want to bombard you with emails if you're not interested.",
  "Dana suggested I write, as she thought you'd be a great person to learn from.",
  // What the reader may still need from the writer is an offer, not an ask.
  'Please let me know if you need anything else from me.',
  "Let me know if there's anything else you need to move the process forward.",
  'Please let me know if you need any additional information.',
  // What someone else let the writer know is told, not asked.
  'My classmate referred me, and she also let me know that she spoke to the hiring manager.',
  'They let us know about the opening last week.',
  // News told to the reader, and help offered back with more words between.
  'I thought you should be one of the first people to know that I have been successful in gaining a position at a new company.',
  'You should be the first to know that I accepted the offer from Acme.',
  'If there is anything that I could do in the future for you, I would ask that you let me know.',
];
// Whichever form the writer uses, the ask is the same.
const SAME_EITHER_WAY: [string, string][] = [
  ["If you'd recommend someone else in your lab, I'd be grateful for a name.", 'If you would recommend someone else in your lab, I would be grateful for a name.'],
  ["I'd love 20 minutes of your time if you're free next week.", 'I would love 20 minutes of your time if you are free next week.'],
];

const NOT_MEETING_ASKS = [
  // A moment to write something is a written favour.
  'Could you take a moment to write a few lines about your first year?',
  // A talk already had, pointed back to.
  'I look forward to hearing about next steps by Friday, as we discussed.',
  // Time in a pitch is the writer's plan, not the reader's time.
  'I plan to join your lab some time in my career.',
  // A day gone by, or a number that is no day.
  'How did the 20th go?',
  'What about the 3 ideas you mentioned?',
  // A talk left to the reader's wish, beside the writer's offer.
  "Here's my phone number if you'd like to chat in person.",
  'If you would like to arrange a time for us to talk this through, I am more than willing to do so.',
  'I had a great call with your colleague last week.',
  'Our team meets every Tuesday to review the numbers.',
  'I listened to your talk on the podcast.',
  'Could you answer a few questions by email?',
  'Would you be open to answering three short questions over email?',
  'If it is easier, I can send my questions in writing.',
  'Would you be willing to connect on LinkedIn?',
  'Thank you for taking the time to talk with me yesterday.',
  'It was great to chat with you at the career fair.',
  'I met with three engineers last month.',
  'I hope to speak at the conference next year.',
  'We spoke briefly at the alumni mixer.',
  'After our chat, I signed up for the course.',
  'Could you point me to any resources on accessibility?',
  "I'm not asking for a call; a short reply by email would be plenty.",
  'I was happy to chat with your colleague Maya last month.',
  'I was glad to meet your team at the open house.',
  'I spoke at a meetup on data quality in March.',
  // A meeting with someone else is what an introduction leads to, not the reader's time.
  'I would love to talk with her about her research.',
  'I look forward to meeting them.',
  'At the fair I hope to meet recruiters from three firms.',
  "I'd love to talk to people who have made the same switch.",
  "I'm happy to send my questions by email instead.",
  'Would you mind answering a few questions in writing?',
  'My manager and I meet weekly.',
  "I'm attending your webinar on Thursday.",
  'I saw your video on career changes.',
  'Could you tell me how your team runs its weekly meetings?',
  // Time asked for a written answer is not a conversation.
  'Feel free to reply whenever you have a moment.',
  'If you have a few minutes, could you answer these three questions by email?',
  'Would you have time to look over my questions and reply in writing?',
  'Could you spare five minutes to read my short list of questions?',
  'Would you be willing to share any advice when you have a moment?',
  'Could you spare a moment to look at my question below?',
  'Thanks for your time and consideration.',
  'I know your time is valuable, so I will keep this brief.',
  "I'd love to stay in touch.",
  'Looking forward to hearing from you.',
  // Connecting on the platform is not a meeting.
  // A callback in hiring is the next step of an application.
  'I just applied and am hoping to get a call back.',
  'I should be given a callback as my resume matches the posting.',
  'Just touching base on my note from last week.',
  // A gerund opening a sentence is no order: only the verb's own form is an imperative.
  'Meeting you at the fair was great.',
  'Do you have any slot left for a junior react developer?',
  // Gladness told in the past, with a word of degree between.
  'I was very glad to meet you at the dedication.',
  'Happy to connect!',
  'Would you be open to connecting here on LinkedIn?',
];

describe('everyday job asks', () => {
  for (const sentence of JOB_ASKS) it(`a job: ${sentence}`, () => assert.ok(jobFindings(sentence).length >= 1, String(types(sentence))));
  for (const sentence of NOT_JOB_ASKS) it(`no job: ${sentence}`, () => assert.deepEqual(jobFindings(sentence).map((d) => d.actual), []));
});

describe('an introduction to someone else', () => {
  it('stays an introduction without a length or a meeting noun', () => assert.ok(types('Could you make a quick intro to Dana?').includes('introduction'), String(types('Could you make a quick intro to Dana?'))));
});

describe('everyday meeting asks', () => {
  for (const sentence of ADVICE_ASKS) it(`advice: ${sentence}`, () => assert.ok(types(sentence).includes('advice'), String(types(sentence))));
  for (const sentence of NOT_ADVICE_ASKS) it(`no advice: ${sentence}`, () => assert.deepEqual(types(sentence), []));
  for (const sentence of NO_ASKS) it(`no ask: ${sentence}`, () => assert.deepEqual(types(sentence), []));
  for (const [contracted, expanded] of SAME_EITHER_WAY)
    it(`the same asks: ${contracted}`, () => {
      assert.notDeepEqual(types(contracted), []);
      assert.deepEqual(types(contracted), types(expanded));
    });
  for (const sentence of MEETING_ASKS) it(`a meeting: ${sentence}`, () => assert.ok(types(sentence).includes('meeting'), String(types(sentence))));
  for (const sentence of NOT_MEETING_ASKS) it(`no meeting: ${sentence}`, () => assert.ok(!types(sentence).includes('meeting'), String(types(sentence))));
});
