import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import type { MessageKind } from '../../src/core/types.js';

/**
 * Kinds that hinge on who did what: someone sent the writer to this reader (a referral),
 * or advice to talk to people in general (a request); asking for more contacts while
 * reporting back or thanking (a follow-up or thank-you), or asking someone you know for
 * an introduction (an intro-request). Written from the domain notes' table of kinds.
 */
const email = (body: string) => `Hi Tom,\n\n${body}\n\nThanks,\nLee`;
const ASK = 'Would you have 15 minutes for a call next week?';

/** Advice to talk to people in general names no one who sent the writer here. */
const GENERAL_ADVICE = [
  'My career counselor encouraged me to reach out to people working in informatics, and your article stood out.',
  'A professor suggested I talk to alumni in the field before choosing a programme.',
  'My mentor advised me to speak with practitioners before I apply.',
  'Friends told me to reach out to professionals who made the same switch.',
  'I was encouraged by my adviser to contact graduates working in policy.',
  'Your profile mentioned you were a nurse before moving into informatics.',
  'Your bio says you would be happy to talk to career changers.',
  'The article said you were the first informaticist at your hospital.',
  'I see we have several mutual connections from the nursing programme.',
  'I thought we should connect, since we both started out in emergency care.',
  'As I mentioned, you are the only informaticist I know of in the region.',
];

/** A named person who sent the writer to this reader. */
const SENT_BY = [
  'My adviser, Ana Ruiz, encouraged me to reach out to you.',
  'Ana Ruiz suggested I talk to you before choosing a programme.',
  'Ana Ruiz, a former colleague of yours, told me to get in touch with you.',
  'John put me in touch with you.',
  'Myles said to contact you about joining the team.',
  // What someone said the two of you would share.
  "Dana Lee mentioned we'd have a lot to talk about.",
  "I'm really glad that Dana was able to introduce us at the meetup.",
];

const AFTER: [MessageKind, string][] = [
  // A note that calls itself a thank-you, for time and input given the day before.
  ['thank-you', email("A pull request may be an odd place for a thank-you note, but here it is. Thank you for your time and input yesterday: hearing how your designers write code was encouraging.")],
  // Going on from the reader's advice to ask for a named introduction: no nudge.
  ['intro-request', "Subject: Following up on your advice about design schools\n\nHi Tom,\n\nSince we last spoke, I have narrowed my list to two schools. I noticed you know Dana Lee, who teaches at one of them. Would you be willing to introduce me to Dana?\n\nThanks,\nLee"],
  // Thanks for an introduction, said to the one who made it, reports back to them (it is no
  // referral); an introduction asked of a contact who is connected to the person on LinkedIn.
  ['follow-up', email("Thank you so much for the intro to Dana! I'll keep you posted on how it goes.")],
  ['intro-request', email("I'm trying to reach Dana Lee at Northwind about a possible partnership. I saw you're connected on LinkedIn. Would you be comfortable making an intro? Happy to send a blurb you can forward.")],
  // Picking up with someone known after a silence, and a connector asking leave to introduce.
  ['follow-up', email("I'm moving to Denver next month. Would love to hear how you're settling in at the new job. Free this week for a call?")],
  ['follow-up', email("So sorry to have been silent for so long! I'd love to hear how the new role is going. Coffee next week?")],
  // A past the two share, told with what they did together, or unsure the reader remembers.
  ['follow-up', email("I'm not sure if you'll remember me, but we worked on the spring fundraiser together. I'm in Leeds next month and would love to grab a coffee.")],
  ['referral-intro', email('My friend Jen is building a tool for nurses, and she hoped to get feedback from someone in the field. Would you mind if I introduced you so the two of you can talk?')],
  // A message after a request to connect was accepted is no connection note: it asks as a first request does.
  ['request', "Hi Sam, thanks for accepting my invitation! I'd love to hear how you moved into product design. Would you have 15 minutes for a call next week?\n\nThanks,\nLee"],
  // A message sent after connecting may run long, as no connection note may; "thanks for connecting us" thanks for an introduction.
  ['request', `Hi Sam,\n\nThanks for connecting! ${'I lead the data platform team at a small logistics firm, where we moved our pipelines to streaming last year and learnt a great deal about what breaks first. '.repeat(4)}Would you have 15 minutes for a call next week?\n\nThanks,\nLee`],
  ['thank-you', email('Thanks for the time today. Your take on pricing was exactly what I needed to hear.')],
  // Thanks to several readers, for a visit, or for the time taken to meet the writer.
  ['thank-you', email('I wanted to thank you all for chatting with me today. Hearing how the three of you split the work was a real help. Please let me know if you need anything else from me.')],
  ['thank-you', email('Thank you for inviting me to your office today. It was great to see how the studio plans its week.')],
  ['thank-you', email('I am writing to express my appreciation for the time you provided during my recent visit. Seeing the lab at work answered many of my questions.')],
  ['thank-you', email('Thank you so much for taking the time to get to know me today. It was good to learn how your projects start.')],
  ['referral-intro', email(`I've heard great things about you from Dana Lee. ${ASK} Any day works.`)],
  ['follow-up', "Subject: Did you get my message?\n\nHi Tom,\n\nI sent you an email a few days ago and wondered if you had a chance to read it. Would you still have 15 minutes for a call?\n\nThanks,\nLee"],
  // A talk long past, then news of what came of it, picks up with someone known.
  ['follow-up', email('I enjoyed our meeting last November and have taken your advice to sharpen my Spanish: I finished the advanced course in May. Would you have 20 minutes next month to talk about next steps?')],
  // A short note with no subject that opens "Hi Sam!" is a direct message; "Hey guys!" writes to a group.
  ['linkedin-note', "Hi Sam!\n\nI'm a product analyst moving into design research and I'd love to hear how you made the same move. Would you have 15 minutes for a call next week?"],
  ['request', "Hey guys!\n\nI'm a product analyst moving into design research and I'd love to hear how teams here work. Would any of you have 15 minutes for a call next week?"],
  ['follow-up', email("I just spoke with your contact Dana, and she was very generous with her time. Do you know anyone else I should talk to?")],
  ['follow-up', email('I wanted to let you know I met with Dana last week, as you suggested. Is there anyone else you would recommend I speak with?')],
  ['follow-up', email('At your suggestion, I reached out to Dana, and we talked on Monday. It was exactly the conversation I needed.')],
  ['thank-you', email('Thank you for speaking with me yesterday; your advice on certifications was exactly what I needed. Is there anyone else you think I should talk to?')],
  ['intro-request', email("I hope you're well. I noticed you're connected with Dana Lee at the county hospital. Would you be willing to introduce me to her? I'd love to hear how she set up their informatics team.")],
  ['intro-request', email("It's been a while since the nursing programme! Could you put me in touch with your colleague who runs the data team? I've written a short blurb below you can forward.")],
];

/** A chance meeting at an event opens many requests; thanks for the talk itself makes a thank-you. */
const AFTER_A_TALK: [MessageKind, string][] = [
  ['request', email("Thanks for the great chat at the conference! I'd love to hear more about your team's work, if you have 15 minutes for a call next week.")],
  ['request', email('Great meeting you at the alumni mixer last night! Would you have 20 minutes next week to continue our conversation?')],
  ['request', email('It was a pleasure meeting you at the career fair. Could we find 15 minutes for a call sometime this month?')],
  // Following up the event itself chases no earlier message.
  ['request', email("I'm writing to follow up from the engineering careers fair last week. I'd love to hear how your team got started with embedded work; would you have 15 minutes for a call?")],
  // The event named before its kind, and the rest of the note about the same chat.
  ['request', email("It was great chatting with you at the PyCon meetup! I really enjoyed our conversation about testing. Would you be up for a 20-minute video call to continue it? Thanks again for the great conversation at the meetup!")],
  ['thank-you', email("It was great talking with you on Tuesday. I've already signed up for the course you recommended, and I'll let you know how it goes.")],
  ['thank-you', email("Thank you for the conversation this morning. I'll keep you posted on how the certificate goes.")],
  ['thank-you', email("Thank you for speaking with me yesterday and for referring me! I'll keep you updated on the outcome of the application process.")],
  ['thank-you', email("Thank you for the chat yesterday. I'll keep you posted on the status of my application.")],
  ['thank-you', "Dear Ms. Grant,\n\nThank you so much for meeting with me last week. Your story about your first year in the field has stayed with me, and I have started the certificate you suggested.\n\nWith gratitude,\nLee Park"],
  ['follow-up', email("It's been a few months since we spoke, and I wanted to share that I've accepted a role as an informatics analyst. Your advice made the difference.")],
  // A background told in the past ("I started out as…") is no news for someone who helped.
  ['request', email("I started out as a ward nurse. Last year I started a data project at my clinic. I'd love to hear how you moved into informatics.")],
  // Advice the writer will act on is a thank-you's promise; done, it is a report back.
  ['thank-you', email('Thank you so much for the call yesterday. Your advice on portfolios was exactly what I needed, and I will reach out to Dana as you suggested.')],
  ['follow-up', email('Thanks for the call last month. As you suggested, I reached out to Dana, and we met on Tuesday.')],
  // Another report to someone already met.
  ['follow-up', email("I wanted to send another update now that the semester is over: my first research project is done, and I presented it last week.")],
  ['follow-up', email("Just wanted to update you on my search - after talks with you and others, I've decided to pursue product design.")],
  // Something the reader helped with, now out.
  ['follow-up', email('The article is now live, and your advice is all through it. Thank you again for your time.')],
  // Earlier tries that came to nothing, with the door left open.
  ['follow-up', email("I'm sorry we haven't been able to connect. I don't want to crowd your inbox, so if you do find some time to chat, please let me know.")],
  // The earlier ask, made again ("still keen to…"), is a nudge.
  ['follow-up', email('I saw the news about your museum opening and thought of you. Still keen to chat if you have 15 minutes.')],
  // Thanks for a talk in other words: a meeting dated, time during a session, being told about something, a favour done.
  ['thank-you', email('It was great meeting you today, and thank you for the interview.')],
  ['thank-you', email('Thank you for your time during our mentoring session on Tuesday. I found it very useful.')],
  ['thank-you', email('Thank you for telling me more about the analyst role.')],
  ['thank-you', 'Dear Mr. Cooper,\n\nI am writing to express my deepest gratitude for your letter of recommendation. I have been offered the post.\n\nSincerely,\nLee'],
  // Following up with someone, as what the writer will do, chases no earlier message.
  ['thank-you', email("Thank you so much for introducing me to Dana! Our call was great. I'll follow up with her separately on the outline.")],
  ['follow-up', email('I wanted to follow up on my note from last week about a short call.')],
  // Thanks for what the reader gave in a talk that happened, and a coffee enjoyed.
  ['thank-you', 'Hello Dr. Osei,\n\nThank you so much for your time and candour during our call. Your view of the first two years in the lab was what I needed to hear.\n\nWarm regards,\nLee'],
  // Thanks for a reply: a conversation already under way.
  ['follow-up', email('Thanks for responding so quickly. I am still hoping to talk with Dana about the role.')],
  ['thank-you', 'Hi Sam,\n\nReally appreciated the coffee on Friday. The tip about the county health data group was a great lead.\n\nThanks again,\nLee'],
  // An interview given as a chance (even one that says the writer would like the job), and a long silence.
  ['thank-you', 'Dear Ms. Grant,\n\nThank you for the opportunity to interview with Northwind Health. I appreciated hearing how your team trains new graduates, and I would welcome the chance to join it.\n\nSincerely,\nLee Park'],
  ['request', email("I'm a nurse moving into informatics, and I would be grateful for the opportunity to speak with you. Would you have 15 minutes next week?")],
  // The same thanks as a noun; and an open invitation, which asks nothing now, closing thanks.
  ['thank-you', email('I wanted to express my sincere gratitude for the opportunity to interview for the analyst position. It was a pleasure speaking with you.')],
  // Coming to meet the writer, the time set aside, and a follow-up the writer means to make.
  ['thank-you', email("Thanks so much for coming out yesterday. I really appreciate the hour you set aside to talk about product management. I would definitely like to follow up on the data company you mentioned. Let's catch up in a couple of months!")],
  ['thank-you', email("I just wanted to say thank you for organising the workshop! It was an incredible experience, and I learned a lot from everyone. Please don't hesitate to stop by if you're ever in New York!")],
  ['follow-up', email("We haven't spoken in a while, and you were on my mind, so I wanted to say hello. I hope the new clinic is going well.")],
  // News for someone who helped: an offer just received, an interview ahead, an outcome.
  ['follow-up', email("Quick update: I just received an offer from Acme's data team. Our conversation about analytics was a big part of why I applied.")],
  ['follow-up', email('I followed up with Cuddles, as you suggested. I have an interview next week!')],
  ['follow-up', email("I wasn't chosen in the end, but I learned a lot from the process.")],
  // Keeping in touch after a chat: what the reader said, remembered, and how things are going.
  ['follow-up', email('I saw your team just closed the hospital deal, congratulations! I remember you mentioned healthcare was becoming a bigger focus. Would love to hear how things have been going when you have a moment.')],
  // The introduction itself, from the connector; and a blurb offered inside an ask for one.
  ['referral-intro', 'Hi Dana and Sam,\n\nI would like to introduce you two. Dana is moving into product, and Sam made the same move last year. I will let you both take it from here.\n\nBest,\nLee'],
  // Asking one side's leave to connect them, and leaving the two to find a time.
  ['referral-intro', 'Hi Dana,\n\nSee below: Sam would love to hear about your move into product. Mind if I put you in touch?\n\nBest,\nLee'],
  ['referral-intro', 'Dana and Sam,\n\nYou both have the background already, so I will keep this brief. I will leave it to the two of you to find a time to talk.\n\nBest,\nLee'],
  // Meeting the reader, enjoyed, after a job interview.
  ['thank-you', 'Dear Sam,\n\nI really enjoyed meeting you and thought we could work together well. I would very much like this job and look forward to next steps.\n\nBest,\nLee'],
  // Thanks for the time the reader and others gave, with the talk's day.
  ['thank-you', email('Thank you for the time you and your staff spent with me on Tuesday to discuss the sales position. I learned a great deal about the training programme.')],
  ['intro-request', "Hey Jo,\n\nWould you mind introducing me to your friend Sam from the design team? I'd love 15 minutes to hear how she got into UX research. Totally fine if not!\n\nThanks,\nLee"],
  ['intro-request', 'Hi Jo,\n\nWould you be open to introducing me to Sam Park? Here is a blurb you could forward: "Sam, I would like to introduce you to Lee, a nurse moving into product."\n\nThanks,\nLee'],
];

/** One-line nudges about an earlier message, with no subject or sign-off. */
const NUDGES = [
  'Please reply back to my emails, I have questions.',
  'Will you ever answer the previous questions?',
  'Hi Sam, any idea when I can get an update on this?',
  'Hi Sam, can you let me know the status?',
  "Hi Sam, I haven't received yet an answer about my application.",
  'Hi Sam, I applied to the mentorship programme. How long should I wait before hearing back?',
  'Hi Sam, could you review my resume? I sent it 9 days ago.',
  'Hi Sam, I did fill in the form, maybe you missed it somehow.',
  'Hi Sam, just touching base on my note from last week.',
  'Hi Sam, did you get a chance to look at my email?',
  'Sorry to bother you again, Sam. Would you still have 15 minutes this month?',
  "Hi Sam, just nudging this in case it's useful.",
  'Any update on this, Sam?',
  "Hi Sam, I'm reaching out once more about a short call.",
  'Hi Sam, I wanted to resend my note from March in case it got lost.',
  'Hi Sam, gentle nudge on the below.',
  "Hi Sam, after our brief exchange on LinkedIn the other day, I'd still love 15 minutes to hear about your team.",
  // An earlier message or call that went unanswered.
  'Hi Sam, I left you a voicemail on Tuesday about the mentoring programme.',
  'Hi Sam, I reached out by email a few weeks ago and thought I would try here too.',
  // An older spelling and a Unicode hyphen read as the words they are.
  "Hi Sam, I'm sure you're busy, but I was wondering if you got my last e-mail?",
  'Quick follow\u2011up from last week on the analyst role. Either way, I appreciate your time.',
  'Any chance you have given any thought to my email?',
  // No answer yet, and an application's status asked after.
  "Hi Sam, I didn't get any feedback on my proposal. Could you please review it?",
  'I completed the assignment ten days ago but am yet to hear any update from your side.',
  "Hi, I'd like to inquire about the status of my application.",
  // Something the reader meant to do, asked after; an earlier message named again.
  'Hi Sam, have you had a chance to speak with Dana about my question?',
  'Hi Sam, did you get a chance to ask your manager yet?',
  'Hi Sam, I have already sent you an email about this and wanted to be sure it reached you.',
  "Hi Sam, I still haven't heard back about a short call. Would next week work?",
  'Hi Sam, sorry to send another email. Is a short call this month possible?',
  'Hi Sam, as I mentioned before, I would value your view on the certificate.',
  'Hi Sam, are you still open to a short call this month?',
  "Hi Sam, I'd still love to hear more about your team. Do you have time for a quick call this week?",
  "Hi Sam, I applied to the mentorship programme but didn't hear anything back. Is there a way to check?",
  'Hi Sam, six months ago I wrote to ask about mentoring, and you said to try again later.',
  // Silence excused, the last of a series, and an application's result asked after.
  "Hi Sam, my apologies if you were busy and couldn't reply. If you are free some other day, please let me know.",
  'Hi Sam, last quick note on the analyst role: if there is still a chance to be considered, I would love to be.',
  'Hi Sam, I would like to know when the results of the internship will be released.',
  "Hi! I hadn't heard from you via your company account, so I thought I'd try you on here.",
  'Hello, checking back in to see if you have any updates on the analyst role.',
  'Hi, I know we spoke yesterday, but I wanted to see if you had any updates!',
  'Hi there, I just wanted to close the loop with you on this. I followed your advice and it worked.',
  "Sorry to interrupt, I still haven't received your request on the chat app.",
  'Hello, since February 16th I am waiting for your review of my resume. Thank you for your help.',
];
/** First requests that use the same words for something else. */
const FIRST_REQUESTS = [
  // Following up on the reader's post is where the writer found them, not a nudge.
  "I'm following up on your post about design systems. I'm a teacher moving into UX, and I'd love 15 minutes next week to hear how you started.",
  "I noticed you moved into product last year. I would love to touch base and hear how you made the switch, if you have 20 minutes next week.",
  "I'm a pharmacist moving into regulatory affairs, and your article on labelling stood out. I hope this doesn't bother you. Would you have 15 minutes for a call next week?",
  "I'm a pharmacist moving into regulatory affairs. Any update you could share on how the field is changing would help, ideally over a 15-minute call next week.",
  // A chance looked ahead to is no nudge.
  "I'm a pharmacist moving into regulatory affairs. If you have a chance to share how you moved into it, would you have 15 minutes next week?",
  // A role still open asks about the job, not about an earlier message.
  "I'm a pharmacist moving into regulatory affairs, and I'd love to apply if the analyst position is still open. Would you have 15 minutes next week?",
  // Years ago, of the writer's own past: no earlier message.
  "Two years ago I started in hospital pharmacy, and I'd love to hear how you moved into regulatory affairs. Would you have 15 minutes next week?",
];

describe('kinds: who sent the writer, and who else to talk to', () => {
  for (const opener of GENERAL_ADVICE) it(`request, no referral: ${opener}`, () => assert.equal(lint(email(`${opener} ${ASK}`)).kind, 'request'));
  for (const opener of SENT_BY) it(`referral-intro: ${opener}`, () => assert.equal(lint(email(`${opener} ${ASK}`)).kind, 'referral-intro'));
  for (const [kind, text] of AFTER_A_TALK) it(`${kind}: ${text.split('\n')[2].slice(0, 80)}`, () => assert.equal(lint(text).kind, kind));
  for (const nudge of NUDGES) it(`follow-up: ${nudge}`, () => assert.equal(lint(nudge).kind, 'follow-up'));
  for (const body of FIRST_REQUESTS) it(`request: ${body.slice(0, 80)}`, () => assert.equal(lint(email(body)).kind, 'request'));
  for (const [kind, text] of AFTER) it(`${kind}: ${text.split('\n')[2].slice(0, 80)}`, () => assert.equal(lint(text).kind, kind));
});
