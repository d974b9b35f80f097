import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * How people ask for a conversation without the textbook "Could you…": indirect wishes,
 * conditions, questions with no modal, statements of hope, a meeting noun far from its
 * verb, an ask in a P.S. or the closing line. Written from the guidance and from ordinary
 * English, with near-misses that must stay quiet: past meetings, the reader's own
 * meetings, negated or hypothetical ones, a meeting only mentioned.
 */
const inRequest = (sentence: string) => `Hi Sam,\n\nI'm a nurse moving into health informatics, and I found your profile through our alumni network. ${sentence}\n\nThank you,\nLee`;
const types = (text: string) => lint(text).asks.map((ask) => ask.type);

const MEETING_ASKS = [
  // A condition denied, then the meeting asked for after it.
  'If you are not free this week, could we talk for 15 minutes next week?',
  // Time with them at work: shadowing or watching them, and a few minutes wished for.
  'Would you be willing to let me shadow you for a day?',
  'I am writing in the hope that you might let me spend a day observing you at the clinic.',
  'If possible, it would also be great if we had a few minutes at the end of the day for my questions.',
  // The writer ready to join a call at times they name.
  'I can jump on a 15-minute call Thursday afternoon or Monday morning.',
  // A wish put as an honour.
  'It would be an honour to meet you for 20 minutes.',
  // The same offer with a time named proposes a meeting.
  "I'd be happy to discuss further over a call next week.",
  // Going over something together.
  'Any interest in walking through the logic behind this redesign?',
  'Could I walk you through the prototype sometime next week?',
  // The same words as a greeting, in the conditional, ask.
  "I'd be glad to meet you for coffee next week.",
  'It would be great to meet you for a short call.',
  // Indirect wishes.
  "I'd welcome the chance to hear how you moved into informatics.",
  'It would be great to learn about your path over a short call.',
  'It would mean a lot to hear your story over coffee.',
  'Nothing would help me more than a short conversation with someone in your role.',
  "I'd be so grateful for a few minutes on the phone.",
  "I'd treasure the chance to talk shop for a quarter of an hour.",
  'A quick chat with you would help me enormously.',
  'Twenty minutes with you would be incredibly helpful.',
  'I hoped that I would be able to speak with you for a few minutes.',
  // A meeting with the reader, or with the reader and the writer's side.
  'Would you be open to a quick call with me next week?',
  'Could we set up a short chat with you and your team lead?',
  // A day put to the reader arranges the meeting.
  'How does Thursday morning sound?',
  "I'd love to continue our conversation over coffee next week.",
  'How would next Tuesday work for you?',
  "I'd really enjoy the chance to compare notes over coffee.",
  'It would be lovely to meet for coffee when things are calmer.',
  'Do you have time next week?',
  // Conditionals.
  'If you ever have 15 minutes, I would love to talk.',
  'If you have a few minutes next week, I would love to hear about your work.',
  // A title's full stop does not end the clause.
  'Would Dr. Lee have time for a call next week?',
  'I just wanna chat with you about your work.',
  'Should you have time in the next few weeks, a brief call would be wonderful.',
  'If you could spare 20 minutes for a call, I would be grateful.',
  'If a short call ever suits you, just say the word.',
  "If you're ever in Leeds, coffee is on me.",
  'If your calendar has room for a 15-minute call, I would be glad to work around it.',
  'Were you to have a spare half hour, I would love to hear about your work.',
  // Questions without a modal.
  "Any chance you're free for a quick call next week?",
  'Free for coffee sometime?',
  'Up for a short video call this month?',
  'Any time next week for a 15-minute chat?',
  'Coffee next week, perhaps?',
  'Is next Thursday any good for a quick call?',
  'Does a 20-minute call sometime next week sound possible?',
  'Does a quick call fit anywhere in your week?',
  'Got 15 minutes for a call sometime?',
  'Have you got time for a brief chat this month?',
  "Is a short call something you'd be open to?",
  // Statements of hope.
  "I'm hoping to find a time to talk.",
  'I am hoping we might speak for 20 minutes sometime soon.',
  'I hope we can find a few minutes to talk.',
  'Hoping we can grab a virtual coffee soon.',
  "I'm keen to set up a short call when it suits you.",
  "I'm eager to arrange a brief conversation at your convenience.",
  // The meeting noun far from the verb.
  "I'd love to hear, whenever it suits you and if it isn't too much trouble, about your work over a call.",
  'Would you have any time, perhaps in the next week or two, for a 15-minute call?',
  "I'd love to learn more about how you built the informatics team at St Mary's, ideally over a short call.",
  'Could you find a slot, even a short one, for a call?',
  // Asks phrased around the reader's calendar.
  'Do you have a free slot for a 20-minute call next week?',
  'What would be a good day for a short call?',
  'Which day works best for a quick call?',
  'Whenever suits you for a brief chat, I will make it work.',
  'I would be happy to fit a call around your schedule.',
  // The reader's free time, named without a meeting noun.
  'Please let me know if you would be available sometime next week.',
  "Let me know when you're free.",
  "I'd appreciate any time you could spare.",
  "What's the best way to get on your calendar for 15 minutes?",
  'Could I get on your calendar sometime this month?',
  "I'd love to pick your brain, if you're open to it.",
  // The writer's availability offered as the ask.
  "I'm available for a call at your convenience.",
  'I am free most afternoons next week for a quick chat.',
  // Connecting at a time is meeting, not clicking a button.
  'Would you be open to connecting sometime next week?',
  "I'd love to connect one afternoon this month, whenever suits you.",
  'Could we connect on Thursday or Friday?',
  'Would you have any availability in the next couple of weeks?',
  'Are you available on Thursday afternoon?',
  // Statements of purpose and hope.
  'My hope is to set up a short call with you.',
  'The purpose of this email is to request a brief conversation.',
  "It'd be great to get 15 minutes with you.",
  'How does a quick call next Tuesday sound?',
  'Might I request a brief call?',
  // Visiting, ringing, and leaving the time to the reader.
  'Is it okay if I give you a ring sometime?',
  "I'd love to stop by your office for a few minutes one afternoon.",
  'Could I visit your lab one afternoon?',
  'Please feel free to suggest a time.',
  'Let me know which day is best for a call.',
  'Tell me which day suits and I will be there.',
  // The meeting named after a dash or colon that finishes the ask.
  "I'd love to hear about your move into informatics — ideally over coffee, if you're ever near campus.",
  "I'd love to hear how you chose informatics: perhaps over a short call one afternoon.",
  "I'd love to hear how you chose informatics — perhaps over a call, if it suits you.",
  // A length with no verb, made an ask by a condition or an open time.
  "15 minutes if you're game.",
  'Twenty minutes, any time that works.',
  // Discussing something with the reader is talking with them.
  'I would welcome the chance to discuss how my nursing background fits informatics.',
  "I'd love to discuss how you moved from the wards into informatics.",
  'Could I speak to you about your move next week?',
  'Coffee next week?',
  'A quick call on Friday?',
  // Questions with a meeting's length after them are a conversation.
  "I'd love to ask you a few questions about the role — 20 minutes would be more than enough.",
  "I'd love to ask you a few questions about your move. It would take 15 minutes at most.",
  // A visit offered to the reader's place of work.
  "Happy to come to your office if that's easier.",
  "We talked at the fair, and I'd love to continue over coffee next week.",
  'Since we spoke last month, could we chat again for 15 minutes?',
  'Hi, are you around next week for a quick call.',
  'Could we have a short conversation next week?',
  // Help the writer might give is the topic of the call, not an offer that replaces it.
  'Would you have 20 minutes for a call to discuss how I can help with your research?',
  "I'd love to chat for 15 minutes about how I could support your team.",
  // A call the writer announces for a time proposes a talk, asked or not.
  'I will call your office on Monday to see whether a short meeting is possible.',
  "I'll give you a ring early next week.",
  // Being shown round the reader's place.
  "I'm in Brisbane on Friday and would love it if you could show me round the kitchen.",
  // A second question joined on without a comma is a clause of its own.
  'Would you be open to a brief chat or could you connect me with someone on the team?',
  // Food and drink shared, a visit to the writer's place, curiosity to talk.
  'I live nearby and would enjoy grabbing a beverage or a bite to eat soon.',
  "I'd love to have you over to my studio to brainstorm for an hour.",
  "I just found your work through a friend, and I'm curious to chat.",
  // A call the writer announces, with the reader left out.
  'I will call in about a week to set up a time to meet.',
  // A wish for the two of them.
  'Just wanted to make sure we could find 15 minutes to talk.',
];

const NOT_MEETING_ASKS = [
  'It was a pleasure to meet you at the fair last week.',
  'I could jump into the field next year.',
  // Shadowing or watching looked back on.
  'Thank you for letting me shadow you on Tuesday.',
  'I enjoyed observing your team last week.',
  // Looked forward to in the past, with talks heard: no talk asked for.
  'I have looked forward to joining your university for years, and every talk I have heard about it makes me more excited.',
  // Talks given to an audience are no talk with the writer.
  'How did you get started in doing talks?',
  // A connector presenting someone, and leaving the two to talk.
  'Dana, meet Bill Ortiz, who runs a patent practice.',
  'Feel free to talk among yourselves!',
  // A page visited, not a place: the past form looks back.
  'Having visited your personal homepage, I would consider myself fortunate to learn from you.',
  // A talk looked back on, then a closing line.
  'It was a pleasure meeting you and I look forward to hearing from you.',
  // A connector's hope for the two others.
  'Hope you two get a chance to meet sometime!',
  // A meeting the reader may not manage, named in a condition, with a written fallback after it.
  'If you cannot talk on the phone, I am happy to send my questions by email.',
  "If you can't provide that information over the phone I would be happy to leave my contact information.",
  'If a call does not suit you, I could send my questions by email.',
  // A talk with someone at the reader's place, whom the reader is asked to name.
  'I am hoping to set up an informational interview with someone there to speak more about this work.',
  // Making sure of something asks for no talk.
  'I wanted to make sure you got my note about the course.',
  // A drink had with someone else is news, not an ask.
  'I had a beer with Sam last week, and he spoke highly of your team.',
  // A connector sends the reader to meet someone else: no time with the writer is asked.
  'Meet Alex, I thought you two should connect!',
  'You should meet Greg. Here is his contact information.',
  'Hey Sam, meet my friend Ana, who is writing a book and weighing whether to self-publish.',
  "I'd like to introduce you to Bob, who would love a short call with you.",
  // More offered on what the note has said, as an application closes.
  'I am happy to discuss my background further at your convenience.',
  // A text that goes over something asks nothing.
  'Your tutorial walks through the logic of the model, and it helped me a lot.',
  // A greeting in the present meets them on the page.
  "Thanks, Jamie, for the introduction! Matt, I'm glad to meet you.",
  "It's so nice to meet you, Matt.",
  // Touching base as what staying connected is for.
  'I would like to add you to my network to stay connected and touch base.',
  // A meeting the reader may be too busy for, declined in advance.
  "No worries if you're too busy for a call right now.",
  // A connector sends the reader to meet someone else.
  "I'd like you to meet Bob, who builds tools for nurses.",
  // Talk going on now, or already arranged, is described rather than asked for.
  "I'd like to ask you what to look for in offers (we are talking about a first job).",
  "We're meeting on Tuesday at ten, and I'm looking forward to it.",
  // Coffee fetched is a chore.
  "I'd happily fetch coffee for the team while I learn.",
  // A long bracketed instruction to the writer is not the draft's words, even when it names a meeting.
  "I'm hoping we can [the next step you both agreed on during the meeting].",
  // "Meet" as "satisfy".
  "I'd like to explore opportunities that meet my experience.",
  'I want to be sure I meet the requirements before I apply.',
  'I spent time last week reading your blog.',
  // Past meetings.
  'Thanks for the call last week.',
  'Our coffee last spring got me thinking about informatics.',
  'It was a real pleasure to talk with you at the summit.',
  'I spoke with your colleague Ravi on a call last month.',
  'After we met at the fair, I read everything I could find.',
  // Keeping a conversation going, with no new meeting named.
  "Great meeting you at the summit! I'd love to stay connected and continue the conversation.",
  // Time asked for something written.
  'Could you take a moment to write a few lines about your first year in informatics?',
  'If you have a few minutes to answer three short questions by email, I would be grateful.',
  // A chance to discuss that was had, not asked for.
  'I had the chance to discuss informatics with my manager last week.',
  "I'd like to discuss it by email, if that is easier.",
  'Could you answer a few questions by email? It would take 10 minutes at most.',
  // A question that muses rather than asks, a call the reader received, a video they might make, what a favour costs.
  'School newspaper editor fuelled by coffee into the small hours?',
  'I was just curious if you got a call from Google after the interview.',
  'Could you make a video about how to apply for informatics jobs?',
  "If it doesn't take too much of your time, could you please consider being my mentor?",
  "I'd love your advice on courses; I spent 20 minutes reading your post.",
  // "Speak to" as "address" a topic.
  'Would you be able to speak to my leadership of the ward team?',
  "What I'm hoping you could speak to (a sentence or two is plenty): my work on the audit.",
  'Could you discuss this with your team first?',
  // A question about a day that has passed.
  'How did your launch go last Tuesday?',
  // The reader's own meetings.
  'Your team call sounds like a great ritual.',
  'I know your calendar is full of meetings this month.',
  'I read that your weekly stand-ups take ten minutes.',
  // Negated or hypothetical.
  "I don't need a call; a line by email would be plenty.",
  "There's no need to meet; a short reply would help just as much.",
  'Many people ask for coffee, but I would rather send two questions.',
  'Some writers would ask for an hour, but I only have two questions.',
  // A meeting only mentioned.
  'I had coffee with a nurse informaticist last week, which sparked this.',
  'I run a weekly call for new informatics students.',
  'My mentor suggested I practise informational interviews.',
  'I spent 15 minutes reading your article twice.',
  'The course ends with a 30-minute presentation.',
  'I have 10 years of experience in emergency care.',
  // Free and available in other senses.
  "Feel free to ignore this if you're busy.",
  "You're free to say no, of course.",
  'The recording is available on the website.',
  'I know your calendar is packed.',
  "I'm free to relocate for the right programme.",
  // Connecting on the platform, with no time.
  "I'd love to connect here.",
  'Would you be open to connecting?',
  "I'll be sending my questions sometime next week.",
  'My goal is to move into regulatory affairs by next year.',
  "I'd love to stop by the career fair on Friday.",
  'I visited your office once for a tour.',
  'Your lab is open to visitors on Fridays.',
  // The reader's own meetings, and ones that can no longer happen.
  'Could you tell me when your team meets?',
  "I'd love to join the call you're hosting on Thursday.",
  'I would have loved to meet you at the summit, but I missed it.',
  "I'm not looking for a call, just a pointer to a good course.",
  "If you'd rather not talk, a reply by email is perfectly fine.",
  "I'd love to hear how you chose informatics — I had coffee with a few analysts last month.",
  "I'd love to hear how you chose informatics — your coffee chats podcast was a great start.",
  "I'd love to hear how you chose informatics — it came up on a call with my mentor.",
  "I'll come to your office to drop off the book you lent me.",
  // Thanked for, a meeting that happened, a third person to talk to, "meet" as "satisfy".
  'Thank you for your time, and I look forward to hearing from you.',
  "Again, I really enjoyed meeting you and I'm looking forward to keeping in touch.",
  'Could you refer me to the best person to talk to over there?',
  'I hope you can look at his application even though he does not meet the posted education requirements.',
  'Before I post, would you have 15 minutes to skim the benchmark section?',
  'If you know someone worth talking to, I would be grateful.',
  "We talked the other day about your research and I'd love to help, so please let me know.",
  'I am writing to ask about the availability of a PhD place in your group.',
  'Are there openings for people who speak Spanish and English?',
  'I will be available whenever I am called upon.',
  'I am quite conversant with Excel and open to learning.',
  // A courtesy about the reader's time, thanks for it, and a talk as how the writer learned something.
  'If you have a moment, could you share one piece of advice for a new analyst?',
  'I would greatly appreciate your time and any advice you can give.',
  'From talking to Dana, I think the analytics team would suit me.',
  // A good time had, speaking for oneself, and a call told before an ellipsis ends the thought.
  'I hope you guys are having a good time, I did the homework and I would like to know if there will be a way to continue.',
  'I know its subjective but you can speak for yourself or generally I guess) What qualities matter most for a remote career?',
  // Time around a meeting already in view.
  'Do you have any pointers for things I should consider leading up to that chat?',
  // A talk with someone else, in a clause of its own.
  'Looks like you and Joe are connected.  I want to talk to him about X and Y.  Thanks so much.',
  "I tried to call a few studios but got nowhere… how can I find out who reviews applications?",
  // Whom the writer should see, and a request someone else made of the reader.
  'If you hear of any openings or know anyone else I should talk to, please let me know.',
  'At worst it takes the time the kid your old boss asked you to meet took.',
  // What a workplace offers, not a talk asked for.
  'Do employers give data scientists opportunities to learn on the job?',
  // News promised, and the reader's name asked.
  "I'll call you if anything changes with the offer.",
  'What should I call you in the note to the panel?',
  // A day after "by" is a deadline for an answer, not a day to meet.
  'What has the internet done to local papers, in a few lines, by Friday?',
  // A number left for the reader to use.
  'Feel free to call me at 555-0100.',
  'Call me anytime at 555-0100 if you have questions.',
  // "Some time" as when, not as the reader's time.
  'Could we pick one of the two and decide on the other some time down the track?',
  // "Take your time" as no hurry, to read something.
  'I would like it if you could take your time and get to view my contribution.',
];

/** Drafts where the ask sits in a P.S. or the sign-off line. */
const MEETING_DRAFTS = [
  "Hi Sam,\n\nI'm a nurse moving into health informatics, and I read your piece in the alumni newsletter.\n\nP.S. If you ever have 15 minutes for a call, I'd be grateful.\n\nThank you,\nLee",
  "Hi Sam,\n\nI'm a nurse moving into health informatics, and I read your piece in the alumni newsletter.\n\nPS: happy to meet for coffee near your office if that's easier.\n\nBest,\nLee",
  "Hi Sam,\n\nI'm a nurse moving into health informatics, and I read your piece in the alumni newsletter. I'd love to hear how you made the switch.\n\nHope we can talk soon,\nLee",
  "Hi Sam,\n\nI'm a nurse moving into health informatics, and I read your piece in the alumni newsletter. I'd love to hear how you made the switch.\n\nHoping to find a time to chat soon,\nLee",
];

/** Drafts that ask no meeting, or only mention one: no time, flexibility or how-found finding. */
const NO_MEETING_DRAFTS = [
  "Hi Sam,\n\nI'm a nurse moving into health informatics, and I read your piece in the alumni newsletter. Could you answer two short questions by email when you have a moment?\n\nThank you,\nLee",
  "Hi Sam,\n\nThank you for the call yesterday. Your advice on certifications was exactly what I needed, and I have signed up for the course you mentioned.\n\nBest,\nLee",
  "Hi Sam,\n\nI'm a nurse moving into health informatics and found you through our alumni network. I'd be glad to connect here on LinkedIn.\n\nLee",
  "Hi Sam,\n\nI'm a nurse moving into informatics and enjoyed your post on interoperability. Which one course would you recommend to a beginner? A short reply would be plenty.\n\nThank you,\nLee",
  "Hi Sam,\n\nI hope you're well! I noticed you know Dana Lee at the county hospital. Would you be willing to introduce me to her? I've written a short blurb below that you can forward.\n\nThanks so much,\nLee",
  "Hi Sam,\n\nThank you again for the call on Monday. You mentioned a colleague who moved from nursing into informatics; I'd be grateful for an introduction if you're comfortable.\n\nBest,\nLee",
  "Hi Sam,\n\nJust following up on my note from last week in case it got buried. No pressure at all.\n\nBest,\nLee",
  // Contact details labelled at the start of a line ask nothing ("Phone:", "Email:", "Call me:").
  "Hi Sam,\n\nI'm Lee Park, a nurse moving into health informatics.\nEmail: lee@example.com\nPhone: +44 20 7946 0000\nCall me: weekdays after six\n\nI'd be glad to connect here on LinkedIn.\n\nLee",
];

/** Minutes read only inside a meeting ask: the longest duration of the ask itself. */
const DURATIONS: [string, number | undefined][] = [
  ["I have 10 years in nursing, and I'd love 15 minutes of your time on a call.", 15],
  ['After a 45-minute commute each day, I would welcome a 20-minute call with you.', 20],
  ['Your 5-minute read on data quality was great; could we talk for 15 minutes?', 15],
  // A length modifying another noun measures it, not the talk.
  ['After my 12-hour shifts I am free in the evenings; could we talk for 20 minutes?', 20],
  ['Could we have a quick 15-minute informal video call next week?', 15],
  // A length bounded before the ask in its clause, and after questions put to the reader.
  ['20 minutes would be more than enough, at any time that suits you.', 20],
  ["I'd love to ask you a few questions about your move: 20 minutes would be plenty.", 20],
  ['After a 45-minute commute, I would welcome a call at any time that suits you.', undefined],
  ['Would you have a 20-minute window next week for a chat?', 20],
  ['Would you have half an hour for a call next week?', 30],
  // The ask said outright, with the length as its object.
  ["I'm asking for 15 minutes with whoever runs the archive.", 15],
  ["I'm only asking for 20 minutes of your time.", 20],
  // Chat's shorthand before a meeting; money in the same shorthand is no length.
  ['Would you be open to jumping on a ~20m call to chat?', 20],
  ['Would a 1h video call next week work?', 60],
  ['We raised $20m last year. Would you be open to a call?', undefined],
  // A meeting asked for in the same clause as a job is still measured.
  ["I'd love a 15-minute call to see whether I'd be a fit for your team.", 15],
  ['Could we set up a 20-minute chat about the open analyst role?', 20],
  // The length said in a sentence of its own, after the ask or before it.
  ['Could we set up a call? It would take no more than 15 minutes.', 15],
  ['Would you be open to a chat? Twenty minutes at most.', 20],
  ["I'll keep it under 20 minutes. Would you be open to a call next week?", 20],
  ['Would you have time for a call? Even 10 minutes would help.', 10],
  // Time spent on something else, beside the ask, is not its length.
  ['I spent 20 minutes on your post last night. Would you be open to a call?', undefined],
  ['Would you be open to a call? My commute is only 40 minutes, so I could come to you.', undefined],
];
/** A length that measures something other than a conversation asks for no time. */
const NOT_MEETING_LENGTHS = [
  'Did you find the 8 hour days hard in your first year?',
  'How did you manage a 90-minute commute while studying?',
  'Was the 3-hour exam the hardest part of certification?',
  'Is the 40-hour week normal in your team?',
];

/** Flexibility said as a question of which day, or as an alternative the reader may prefer. */
const withAsk = (sentence: string) =>
  `Hi Sam,\n\nMaya Chen suggested I write. I'd love to hear how you moved into informatics. ${sentence}\n\nThank you,\nLee`;
const FLEXIBLE = [
  'Could we talk for 20 minutes? Let me know which day is best.',
  'Could we talk for 20 minutes on Tuesday? If you would rather, I can send my questions instead.',
  "Could we talk for 20 minutes on Tuesday? If you'd prefer email, that works too.",
  'Could we talk for 20 minutes? Tell me which day suits and I will be there.',
  'Could we talk for 20 minutes next week? Tell me what would be best.',
  'Could we talk for 20 minutes next week? Whichever day is easiest for you is fine.',
  'Could we talk for 20 minutes next week? No rush at all.',
  'Could we talk for 20 minutes, in person or virtually?',
  "Could we talk for 20 minutes on Tuesday? I'll make myself available if another day is better.",
  'Could we talk for 20 minutes on Tuesday, or on a different day if that is busy for you?',
  'Could we talk for 20 minutes at whatever point fits into your week?',
];
/** One slot chosen by the writer, or a deadline dressed as convenience, leaves no choice. */
const NOT_FLEXIBLE = [
  'Could we talk for 20 minutes on Tuesday at 3pm?',
  'Could we talk for 20 minutes? Please reply at your earliest convenience.',
  'Could we talk for 20 minutes on Tuesday at 3pm? Feel free to reach out anytime with questions about my work.',
];

/**
 * A label before a colon is read only when it puts something to the reader ("Could you help: …"); what
 * follows the colon is read either way. A bracketed menu of choices is read as words.
 */
const AFTER_A_LABEL = [
  // A menu of choices in brackets keeps its words: one of them will be sent.
  "If you're ever open to [a coffee / a short call], I'd be glad to meet.",
  'Quick question: could we talk for 15 minutes next week?',
  'One favour to ask:\nwould you have time for a short call this month?',
];

describe('meeting asks in everyday English', () => {
  const flexibility = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'offer-flexibility');
  for (const sentence of FLEXIBLE) it(`offers a choice: ${sentence}`, () => assert.ok(!flexibility(withAsk(sentence))));
  for (const sentence of NOT_FLEXIBLE) it(`offers no choice: ${sentence}`, () => assert.ok(flexibility(withAsk(sentence))));
  for (const sentence of AFTER_A_LABEL) it(`a meeting after a label: ${sentence}`, () => assert.ok(types(inRequest(sentence)).includes('meeting'), String(types(inRequest(sentence)))));
  for (const sentence of MEETING_ASKS) it(`a meeting: ${sentence}`, () => assert.ok(types(inRequest(sentence)).includes('meeting'), String(types(inRequest(sentence)))));
  for (const sentence of NOT_MEETING_ASKS) it(`no meeting: ${sentence}`, () => assert.ok(!types(inRequest(sentence)).includes('meeting'), String(types(inRequest(sentence)))));
  for (const draft of MEETING_DRAFTS) it(`a meeting at the end: ${draft.split('\n').filter((line) => line.trim()).slice(-2).join(' / ')}`, () => assert.ok(types(draft).includes('meeting'), String(types(draft))));
  const meetingRules = (draft: string) => lint(draft).diagnostics.filter((d) => ['time-ask', 'offer-flexibility', 'how-found'].includes(d.ruleId)).map((d) => d.ruleId);
  for (const draft of NO_MEETING_DRAFTS) it(`no meeting checks: ${draft.split('\n')[2].slice(0, 70)}`, () => assert.deepEqual(meetingRules(draft), []));
  for (const sentence of NOT_MEETING_LENGTHS) {
    it(`no time asked: ${sentence}`, () => {
      const result = lint(inRequest(sentence));
      assert.ok(!result.asks.some((ask) => ask.type === 'meeting'), String(result.asks.map((ask) => ask.type)));
      assert.ok(!result.diagnostics.some((d) => d.ruleId === 'time-ask' && d.actual), 'a length read as the time asked for');
    });
  }
  for (const [sentence, minutes] of DURATIONS) {
    it(`reads ${minutes} minutes: ${sentence}`, () => {
      const meetings = lint(inRequest(sentence)).asks.filter((ask) => ask.type === 'meeting');
      assert.ok(meetings.length > 0, 'no meeting ask');
      const longest = Math.max(...meetings.map((ask) => ask.minutes ?? 0));
      assert.equal(longest === 0 ? undefined : longest, minutes);
    });
  }
});
