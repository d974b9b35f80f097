import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import type { MessageKind } from '../../src/core/types.js';

/**
 * Message kinds read from cues that hold across writers, written from the guidance: a
 * LinkedIn note is a connection request, short, often with no greeting or sign-off; an
 * email request may lack a subject line (many drafts are pasted without one) and still
 * reads as a letter; a thank-you thanks for a talk that happened; a follow-up nudges or
 * reports back; a referral-intro names who sent the writer; an intro-request asks someone
 * the writer knows to introduce them.
 */
const DRAFTS: [MessageKind, string, string][] = [
  // Requests without a subject line.
  [
    'request',
    'a short email with a greeting, a sign-off and a meeting ask',
    "Hi Dana,\n\nI'm a nurse looking into health informatics, and your talk at the county health meetup stayed with me. Would you have 15 minutes for a call next week?\n\nThanks,\nLee",
  ],
  [
    'request',
    'a letter that opens with a title and asks for a conversation',
    'Dear Dr. Okafor,\n\nI am a second-year chemistry student and read your article on battery recycling in the alumni magazine. I am weighing graduate study against industry, and I would be grateful for twenty minutes of your time to hear how you chose.\n\nSincerely,\nLee Park',
  ],
  [
    'request',
    'an email that asks questions in writing',
    "Hello Ms. Grant,\n\nMy name is Lee and I teach middle-school science. I found your name in the alumni directory and saw that you moved from teaching into instructional design. What skills helped you most in the switch, and which courses would you recommend? Any answer by email would help me a great deal.\n\nBest regards,\nLee",
  ],
  [
    'request',
    'an email that calls itself one',
    "Mr. Alvarez,\n\nI hope this email finds you well. I'm an accountant exploring data analytics and came across your name on the company blog. I would really value hearing how you built your team's reporting practice, if you ever have a few minutes to spare.",
  ],
  [
    'request',
    'a request that opens with thanks for a blog post',
    "Hi Sam,\n\nThank you for your post on moving from retail into logistics; it was the clearest account I have read. I'm a store manager planning the same move. Could we talk for 20 minutes sometime in the next two weeks?\n\nBest,\nLee",
  ],
  [
    'request',
    'a request that opens with a brief meeting at an event',
    "Hi Sam,\n\nIt was great meeting you briefly at the design meetup on Thursday. I'm a teacher moving into UX research, and I'd love to hear more about how your team runs studies. Would you be open to a 20-minute call next week? Any time that suits you works for me.\n\nBest,\nLee",
  ],
  [
    'request',
    'an advice request whose sign-off is a wish to hear back',
    "Hello, my name is Lee and I'm a senior studying economics. I read your interview in the campus paper about your work in public policy. I'm deciding between a master's and working first; what would you suggest for someone in my position? I'd be grateful for any thoughts.\n\nHope to hear from you soon,\nLee",
  ],
  [
    'request',
    'a letter with no greeting that says why it writes',
    'I am writing to ask whether you might share some advice about careers in environmental law. I am a third-year student at a state university, and your name came up in a panel my school hosted last month. I would be grateful to hear which experiences helped you most early on.',
  ],
  ['request', 'a short letter with a formal greeting', 'Dear Ms. Grant,\n\nI am a library assistant hoping to move into archives. Might I ask you three short questions about your path, by email or over the phone?\n\nKind regards,\nLee'],
  [
    'request',
    'a request that thanks the reader for a talk they gave',
    'Hi Sam,\n\nThanks for your talk at the design meetup last night; the part about research ops stuck with me. Would you have 15 minutes for a call sometime next week?\n\nBest,\nLee',
  ],
  [
    'request',
    'a request that thanks the reader for a podcast episode',
    "Hi Sam,\n\nThank you for sharing your career story on the Product People podcast. I'm a teacher moving into product, and I'd love to ask you a few questions. Would you have 20 minutes for a call next week?\n\nBest,\nLee",
  ],
  [
    'request',
    'a request that follows a brief meeting with a call ask',
    "Hi Sam,\n\nGreat meeting you at the alumni mixer on Thursday! I'm the teacher who is moving into product. Would you be open to a 20-minute call to continue our conversation?\n\nBest,\nLee",
  ],
  // LinkedIn notes.
  ['linkedin-note', 'a bare connection note', "Loved your talk on accessible forms at the product meetup. I'm moving into product from teaching and would be glad to connect."],
  ['linkedin-note', 'a note with a greeting and no sign-off', "Hi Dana, I'm a nurse moving into health informatics and enjoyed your post on data quality. I'd love to connect and follow your work."],
  [
    'linkedin-note',
    'a connection note that asks for a short chat later',
    "Hi Priya! Fellow Rutgers alum here, now working in retail analytics and curious about product roles. Would love to connect, and maybe chat for 15 minutes sometime if you're open to it.",
  ],
  [
    'linkedin-note',
    'a longer note that names LinkedIn',
    "Hi Marco, I came across your profile on LinkedIn while looking for people who moved from journalism into content design, and your path is close to the one I'm hoping to take. I've spent six years as a reporter and I'm now taking a UX writing course at night. I'd be grateful to connect and learn from what you share here.",
  ],
  [
    'linkedin-note',
    'a longer connection note with no sign-off',
    "Hi Marco, your posts about moving from journalism into content design have been so useful as I make the same move. I've spent six years as a reporter and I'm taking a UX writing course at night. I'd be glad to connect and keep learning from what you share, and if you ever have 15 minutes I would love to hear how you made the switch.",
  ],
  // Referral introductions.
  [
    'referral-intro',
    'a referral named early in a short email',
    "Hi Dana,\n\nMaya Chen suggested I get in touch with you. I'm a paralegal thinking about compliance work, and she said you'd be the best person to ask. Would you have 20 minutes for a call in the next few weeks?\n\nThank you,\nLee",
  ],
  [
    'referral-intro',
    'a mutual friend named in a note without a sign-off',
    'Hi Tom, our mutual friend Ana Ruiz gave me your name and said you might be open to a quick chat about supply chain roles in healthcare.',
  ],
  [
    'referral-intro',
    'a referrer named inside a longer email',
    "Hello Dr. Singh,\n\nI'm a lab technician at a hospital in Leeds and I am thinking about a move into clinical research. My supervisor, Dr. Amy Cole, recommended that I contact you, since you made the same move a few years ago. I would be grateful for 20 minutes of your time, by phone or video, whenever suits you.\n\nWith thanks,\nLee",
  ],
  // Intro requests.
  [
    'intro-request',
    'asking a contact to introduce the writer',
    "Hi Sam,\n\nI hope you're well! I noticed you're connected with Dana Lee at Acme, who leads their research team. Would you be comfortable introducing me? I've written a short note below that you could forward.\n\nThanks so much,\nLee",
  ],
  // Thank-you notes.
  [
    'thank-you',
    'a handwritten-style card',
    'Dear Dana,\n\nThank you for speaking with me on Tuesday. Your advice to start with a small research project has already shaped my plans for the spring.\n\nWarmly,\nLee',
  ],
  ['thank-you', 'a short note the day after', "Hi Sam, thanks so much for your time yesterday. I've already signed up for the course you mentioned. Lee"],
  ['thank-you', 'a thank-you with no greeting', 'Thank you so much for meeting with me last week. Hearing how you set up your first studies gave me a plan for my portfolio, and I am grateful for the time you gave me.'],
  [
    'thank-you',
    'a thank-you that asks who else to talk to',
    "Hi Dana,\n\nThank you for taking the time to talk with me yesterday. Your point about starting with small data projects was exactly what I needed. Is there anyone else you'd suggest I speak with?\n\nBest,\nLee",
  ],
  [
    'thank-you',
    'a thank-you after meeting at an event',
    "Hi Sam,\n\nIt was great to meet you at the conference last week, and thanks for the helpful chat about careers in audit. I've signed up for the course you mentioned.\n\nBest,\nLee",
  ],
  [
    'thank-you',
    'a thank-you after a job interview',
    'Hi Dana,\n\nThank you for the interview on Monday. I enjoyed learning about the team, and the work sounds even more interesting now.\n\nBest,\nLee',
  ],
  // Neither outreach nor its follow-through: a reference asked, an answer to a hiring decision.
  ['other', 'a reference asked of a former manager', "Hi Pat,\n\nI hope you're well! I'm applying for an analyst role at Acme and was wondering if you'd be willing to serve as a reference for me. I've attached my CV so you can see what I've been working on.\n\nThanks so much,\nLee"],
  ['other', 'a reference letter needed', 'Hi Pat,\n\nI am trying to get a new job at Acme and need a reference letter. Would you be so kind as to put something together for me?\n\nThanks,\nLee'],
  ['other', "a reply to a recruiter's approach", "Hi Dana,\n\nThank you for reaching out to me about the analyst role! It sounds like a great team, and I'd be glad to hear more about the project.\n\nBest,\nLee"],
  ['other', 'a reply to a stranger who asked for a chat', 'Hi Sam,\n\nThanks so much for reaching out! I only connect with people I have worked with, but I wish you luck with the search.\n\nBest,\nLee'],
  ['other', 'an answer to a hiring decision', "Hi Dana,\n\nThank you for letting me know about your decision on the analyst role. I'm disappointed, but I enjoyed meeting the team, and I'd welcome any feedback you can share.\n\nBest,\nLee"],
  ['other', 'a reference asked after a long silence', "Dear Professor Kim,\n\nI hope you're doing well, and I'd love to hear what you've been up to since we last spoke. I'm applying to a policy fellowship, and even though it's been a while, I think you're still the best person to speak to my research skills. Would you mind if I gave you a quick call to discuss it?\n\nBest,\nLee"],
  ['thank-you', 'thanks for an interview, in the present', 'Dear Ms. Park,\n\nI appreciate your taking the time to interview me this afternoon. I enjoyed learning more about the marketing team.\n\nBest,\nLee'],
  ['request', "a follow-up question to a speaker's talk", "Dear Professor Kim,\n\nI attended your talk at the soil science conference. I had a follow-up question that I didn't get to ask during the session: how do you sample clay soils?\n\nBest regards,\nLee"],
  ['linkedin-note', 'a connection asked for as an honour', 'Dear Minter, It would be a great honour to add you as a connection. Kindest regards.'],
  ['linkedin-note', 'a short note greeted with an emoji, as chat is', 'Hi Bob 👋,\n\nIt was great to meet you at the user group this week! What do you think Angular does better than Vue?'],
  ['referral-intro', "a connector's hasty introduction", 'Auren/John – you two just HAVE to meet each other. You two take it from here.'],
  ['referral-intro', 'a connector asking leave after someone asked for the introduction', 'Hi Sam,\n\nAna asked me for an introduction to you, since she is moving into audit. Are you open to it? No pressure at all.\n\nBest,\nLee'],
  ['referral-intro', 'a connector presenting a friend', "Hey Sam, meet my friend Ana, who is writing a book and isn't sure whether to self-publish. I told her you could share how you decided."],
  ['follow-up', 'a note in a thread already going, by its reply subject', "Subject: Re: Our chat about audit\n\nHi Dana,\n\nI wanted to share an article on audit analytics that made me think of your team. No need to reply.\n\nBest,\nLee"],
  ['request', 'a first message asking for a meeting', "Subject: Audit analytics\n\nHi Dana,\n\nI read an article on audit analytics that made me think of your team. Would you have 15 minutes next week to talk it over?\n\nBest,\nLee"],
  ['follow-up', 'an offer renewed', "Hi Dana,\n\nI came across a paper on audit analytics that you might enjoy. The offer to chat still stands if you're curious.\n\nLee"],
  ['thank-you', 'thanks for the invitation to an interview', "Dear Dr. Ruiz,\n\nThank you so much for the invitation to interview with Kaiser. I left impressed by your work on patient education, and I remain very interested in the residency position.\n\nRegards,\nSam"],
  ['referral-intro', 'a connector presenting someone by name', "Hi Dana,\n\nPlease meet Omar, who is a nurse moving into health-tech and would value your view on clinical informatics.\n\nBest,\nLee"],
  ['request', 'a writer asking to be met, not presenting anyone', "Hi Dana,\n\nPlease meet me for a 20-minute coffee next week; I would value your view on clinical informatics.\n\nBest,\nLee"],
  ['thank-you', 'thanks for time taken out of a busy schedule to meet', "Dear Ms. Park,\n\nThank you for taking time out of your busy schedule to meet with me about the communications team. It was a pleasure meeting you and I look forward to hearing from you.\n\nSincerely,\nLee"],
  ['referral-intro', 'a connector hoping the two will meet', "Hey Dana, meet Omar! Omar, meet Dana!\n\nDana runs a clinic in Leeds and Omar is a nurse moving into health-tech. Hope you two get a chance to meet sometime!\n\nLee"],
  ['referral-intro', 'a letter of introduction', "Dear Mrs. Marks,\n\nJulian Gibbs is going to Buffalo next month to lecture on his expedition, and I am sending him a card of introduction to you. He is very agreeable, and I know he would enjoy knowing you.\n\nVery sincerely,\nEthel"],
  ['referral-intro', 'a connector leaving the two to it', "Hi Dana,\n\nOmar is a nurse moving into health-tech and would value your view on clinical informatics. I will let you take it from here.\n\nBest,\nLee"],
  ['referral-intro', 'a connector with the third person copied', "Hi Mary,\n\nJack (cc'd) runs a small design studio and would value your advice on pricing. He is great company.\n\nBest,\nLee"],
  ['referral-intro', "a connector naming who is cc'd", "Hey Becky,\nFred is CC'd on this email and is working on a new startup. You should connect soon!"],
  ['request', 'a manager copied on a request', "Hi Dana,\n\nI'm a nurse moving into health-tech, and I have copied my manager on this email. Would you have 20 minutes for a call next week about how you made the move?\n\nThanks,\nLee"],
  ['linkedin-note', 'a connection note after meeting at a named event', "Hey Walt, we met last night at the SVASE networking event, where we talked about personal branding. I'd love to connect here."],
  // A reference mentioned, not asked for: offered, attached at the reader's request, or thanked for.
  ['thank-you', 'thanks for a reference letter written', 'Hi Pat,\n\nThank you so much for the letter of recommendation. I got the place, and your words made the difference.\n\nBest,\nLee'],
  ['request', 'references offered in a request', "Hi Dana,\n\nI heard your talk at the Leeds health-tech meetup. I'm a nurse moving into health-tech, and I'd love to hear how you made the move. Would you have 20 minutes for a call in the next few weeks? I'm happy to provide references.\n\nThanks,\nLee"],
  // Follow-ups.
  // Thanks for a favour done come first: the report back is promised, not yet made.
  ['thank-you', 'thanks for a referral, with a promise to report back', "Hi Dana,\n\nThanks again for referring me to Acme! I'll tell you how the application goes.\n\nBest,\nLee"],
  ['thank-you', 'a talk looked back on as helpful', "Hi Dana,\n\nIt was very helpful to learn about your career path, especially the research you did for your thesis.\n\nBest,\nLee"],
  ['follow-up', 'good news the reader is told first', 'Hi Pat,\n\nI thought you should be one of the first people to know that I have been successful in gaining a position at a new company.\n\nBest,\nLee'],
  // A recent talk recalled without thanks: the note picks up from it.
  ['follow-up', 'a talk recalled, then an offer of help', "Hi Sam, we talked the other day about your research on soil. I'd love to help with the field work, so please let me know. Lee"],
  ['follow-up', 'a meeting recalled, then news', "Hi Sam,\n\nWe met last week at the interview for the analyst role. I wanted to share the article on audit tools I mentioned.\n\nBest,\nLee"],
  ['request', 'an event recalled before a meeting ask', "Hi Sam,\n\nWe met last week at the career fair. I'm a nurse moving into health-tech, and I'd love 20 minutes to hear how you made the move. Would you have time for a call in the next few weeks?\n\nThanks,\nLee"],
  ['follow-up', 'a nudge that asks after the note below', 'Hi Dana, any thoughts on my note below? Thanks, Lee'],
  ['follow-up', 'a nudge that asks whether the reader saw the message', 'Hi Dana, did you get a chance to see my message from last week? Lee'],
  ['follow-up', 'a nudge to the top of the inbox', 'Hi Dana, gently bringing this back to the top of your inbox. Lee'],
  ['follow-up', 'a nudge that asks again', "Hi Dana, I know you're busy, so no pressure at all, but I wanted to ask again whether a short call might work this month. Lee"],
  ['follow-up', 'a gentle reminder', 'Hi Dana, hope your week is going well! Just a gentle reminder about my note on careers in audit. Lee'],
  ['follow-up', 'a nudge that says the writer wrote before and heard nothing', 'Hi Dana, recently I wrote to you about the mentoring scheme. Could you let me know if it is still open? Lee'],
  ['follow-up', "a nudge that asks whether the reader has had a chance", "Hi Dana, I was wondering if you've had a chance to review my pull request. Lee"],
  ['follow-up', 'a nudge about a response not received', "Hi Dana, I shared my proposal on Monday and didn't receive any response yet. Could you take a look when you can? Lee"],
  ['follow-up', 'a nudge that bubbles a note up', 'Hi Dana, just bubbling this up. Would love to hear whether the notes fit your roadmap. Lee'],
  ['follow-up', 'a nudge about what was sent days ago', "Hi Dana,\n\nI hope this finds you well. I sent my cover letter and samples a few days ago, and I would very much like the chance to meet with you.\n\nBest,\nLee"],
  ['follow-up', 'a reply expected from the reader', 'Hi Dana, I thought I would hear from you this week. Is a short call still possible? Lee'],
  ['request', 'something sent to others, days ago', "Hi Dana,\n\nI sent a survey to 200 nurses two weeks ago and the answers surprised me. Could we talk for 15 minutes about them next week or the week after?\n\nThanks,\nLee"],
  ['follow-up', 'a nudge that resurfaces an earlier note', "Hi Dana, I wanted to resurface my note below in case it slipped through. No worries if now isn't a good time. Lee"],
  [
    'follow-up',
    'a nudge that refers to what the writer sent',
    "Hi Dana,\n\nI sent you a note a couple of weeks ago about your work on the city's open data portal. I know things get busy, so I thought I'd try once more: would you have 15 minutes for a call this month?\n\nThanks,\nLee",
  ],
  ['follow-up', 'a one-line nudge', "Hi Dana, just following up on my note from last week in case it got buried. Thanks, Lee"],
  [
    'follow-up',
    'a report back to whoever helped',
    'Hi Sam,\n\nI wanted to let you know that I spoke with Dana last week, as you suggested, and it was exactly the conversation I needed. Thank you again for the introduction.\n\nBest,\nLee',
  ],
  [
    'follow-up',
    'good news, months later',
    "Hi Sam,\n\nIt's been a while since we spoke, and I'm happy to share that I've accepted a role as a junior researcher. Your advice about the portfolio made the difference.\n\nWarm regards,\nLee",
  ],
  [
    'thank-you',
    'a formal letter of thanks that offers help back',
    'Dear Ms. Okafor,\n\nThank you so much for writing the reference letter for my application. Your words meant a great deal. Let me know when I can return the favour.\n\nSincerely,\nLee Park',
  ],
  [
    'thank-you',
    'thanks for a meeting named as a thing, with a new ask',
    'Hi Dana,\n\nThank you for having a meeting with me. In case of any opening I could qualify for, I would appreciate it if you kept me in mind.\n\nBest,\nLee',
  ],
  [
    'thank-you',
    'thanks for a favour done, with the news it led to',
    'Dear Ms. Okafor,\n\nThank you so much for writing the reference letter for my application. Your words meant a great deal, and I start at the clinic in March. Let me know when I can return the favour.\n\nSincerely,\nLee Park',
  ],
  [
    'follow-up',
    'a meeting already arranged, confirmed',
    'Hi Dana,\n\nJust confirming our coffee on Thursday at ten. Should I meet you at the front desk?\n\nBest,\nLee',
  ],
  [
    'follow-up',
    'picking up what the reader once suggested',
    'Hi Dana,\n\nMy contract was extended after all, so I would now love to talk through the analyst track, as you previously suggested.\n\nBest,\nLee',
  ],
];

/** The ways English says who sent the writer: each makes a request a referral-intro. */
const REFERRAL_OPENERS = [
  'Ana Ruiz suggested I reach out to you.',
  'Ana Ruiz gave me your name.',
  "Ana Ruiz mentioned you'd be a great person to talk to.",
  'I was referred to you by Ana Ruiz.',
  'Ana Ruiz thought we should connect.',
  'Ana Ruiz recommended I contact you.',
  'Ana Ruiz said you might be open to a short chat.',
  'Ana Ruiz pointed me your way.',
  'Ana Ruiz passed along your email.',
  'Our mutual friend Ana Ruiz encouraged me to write to you.',
  "I'm writing at Ana Ruiz's suggestion.",
  'My former manager, Ana Ruiz, told me to get in touch.',
  'Ana Ruiz from the analytics team speaks highly of you.',
  'Ana Ruiz shared your contact details with me.',
  'Ana Ruiz suggested I reach out about moving into audit.',
  'Ana Ruiz said to write to you directly.',
  'Ana Ruiz knows us both, and she thought it would be good for me to meet with you.',
];

/** Near-misses: the reader's own suggestion, reported back, is a follow-up or a thank-you. */
const NOT_REFERRAL: [MessageKind, string][] = [
  ['follow-up', "Hi Sam,\n\nYou told me to reach out to Dana, and we spoke last week. It was a great conversation. Thanks again for the introduction!\n\nBest,\nLee"],
  ['thank-you', "Hi Sam,\n\nThank you for speaking with me yesterday. You mentioned you'd be happy to introduce me to Dana, which I would really appreciate.\n\nBest,\nLee"],
];

describe('message kinds', () => {
  for (const [kind, what, text] of DRAFTS) it(`${kind}: ${what}`, () => assert.equal(lint(text).kind, kind));
  for (const opener of REFERRAL_OPENERS) {
    it(`referral-intro: ${opener}`, () => {
      const email = `Hi Tom,\n\n${opener} I'm a nurse exploring health informatics. Would you have 15 minutes for a call next week?\n\nThanks,\nLee`;
      assert.equal(lint(email).kind, 'referral-intro');
    });
  }
  it('referral-intro: a short note that names who sent the writer', () => {
    assert.equal(lint("Hi Tom, Ana Ruiz pointed me your way. I'm a nurse exploring health informatics and would love to connect.").kind, 'referral-intro');
  });
  for (const [kind, text] of NOT_REFERRAL) it(`${kind}, not a referral: ${text.split('\n')[2]}`, () => assert.equal(lint(text).kind, kind));
});
