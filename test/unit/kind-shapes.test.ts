import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import type { MessageKind } from '../../src/core/types.js';

/**
 * Kinds read from a message's shape and from who sent the writer, written from the domain
 * notes' table of kinds: a request is an email (often a subject, a greeting, paragraphs and
 * a sign-off); a LinkedIn note is a short connection note; a referral-intro names who sent
 * the writer to this reader. Mentioning a shared acquaintance, saying where the writer
 * found the reader ("on LinkedIn"), or being told to talk to people in general sends no one.
 */
const email = (...paragraphs: string[]) => `Hi Dana,\n\n${paragraphs.join('\n\n')}\n\nBest,\nLee`;
const CALL = 'Would you have 20 minutes for a call in the next few weeks?';
const BACKGROUND = "I'm a high-school chemistry teacher moving into science communication, and I've started writing for a local museum's blog.";

const DRAFTS: [MessageKind, string, string][] = [
  // Emails that say where the writer found the reader: LinkedIn is the source, not the medium.
  ['request', 'an email that found the reader on LinkedIn', email('I came across your profile on LinkedIn while looking for people who write about science for a living.', BACKGROUND, CALL)],
  ['request', 'an email that found the reader through a LinkedIn group', email('I found you through the Science Writers group on LinkedIn.', BACKGROUND, CALL)],
  ['request', 'a short email with a subject line', `Subject: Question about science writing\n\nHi Dana,\n\n${BACKGROUND} ${CALL}\n\nThanks,\nLee`],
  ['request', 'a short email with a subject line and no greeting', `Subject: Twenty minutes on science writing?\n\n${BACKGROUND} ${CALL}\n\nLee`],
  ['request', 'a letter that opens with Dear', `Dear Dr. Okafor,\n\n${BACKGROUND} I read your piece on museum exhibits and would be grateful to learn how you began. ${CALL}\n\nSincerely,\nLee Park`],
  // A shared acquaintance mentioned, not someone who sent the writer.
  ['request', 'a mutual friend mentioned in passing', email(`${BACKGROUND} I noticed we have a mutual friend, Sam Lee, from the teaching programme.`, CALL)],
  ['request', 'mutual connections on the platform', email(`I see we share a few mutual connections from the museum world. ${BACKGROUND}`, CALL)],
  ['request', 'what a friend said about the reader, not a suggestion to write', email(`${BACKGROUND} A friend mentioned you were one of the first writers at the museum.`, CALL)],
  ['request', 'a colleague who mentioned the reader is speaking', email(`${BACKGROUND} My colleague said you're giving a talk at the science festival this spring.`, CALL)],
  // Advice to talk to people in general.
  ['request', 'a counselor who said to talk to people in the field', email(`My career counselor encouraged me to reach out to writers in the field, and your museum column stood out. ${BACKGROUND}`, CALL)],
  ['request', 'a mentor who advised talking to people in the industry', email(`${BACKGROUND} My mentor advised me to speak with editors in the industry before I apply anywhere.`, CALL)],
  // Things and offices send no one: a talk that encouraged the writer, a directory's address.
  ['request', 'a talk that encouraged the writer', email(`Your talk at the science festival encouraged me to get into museum writing. ${BACKGROUND}`, CALL)],
  ['request', 'a book that inspired the writer to write', email(`Your book on exhibit design inspired me to reach out. ${BACKGROUND}`, CALL)],
  ['request', 'the alumni office that gave the address', email(`The alumni office gave me your email address. ${BACKGROUND}`, CALL)],
  ['request', 'career services that shared a name', email(`Career services shared your name as an alum who writes about science. ${BACKGROUND}`, CALL)],
  // Connecting with people in general is the writer's aim, not a LinkedIn connection.
  ['request', 'a short email that hopes to connect with people who made the move', email(`${BACKGROUND} I'd love to connect with someone who made the same move.`, CALL)],
  // Someone who did send the writer: still a referral-intro, however it is said.
  ['referral-intro', 'a referrer who said the reader would be the person to ask', email(`Sam Lee mentioned you would be the right person to ask about museum writing. ${BACKGROUND}`, CALL)],
  ['referral-intro', 'a mutual friend who suggested writing', email(`Our mutual friend Sam Lee suggested I write to you. ${BACKGROUND}`, CALL)],
  ['referral-intro', 'a teacher who recommended that a group ask the reader', email(`Our group is looking for a mentor, and Professor Lee recommended that we ask you. ${BACKGROUND}`, CALL)],
  ['referral-intro', 'a referral in the subject line', `Subject: Referred by Sam Lee\n\nHi Dana,\n\n${BACKGROUND} ${CALL}\n\nThanks,\nLee`],
  ['referral-intro', 'a referral in a short note', "Hi Dana, Sam Lee told me to get in touch with you. I'm a teacher moving into science writing and would love to connect."],
  // The reader's own suggestion, reported back: a follow-up, not a referral.
  ['follow-up', 'the reader suggested talking again', "Hi Dana,\n\nWhen we spoke in March, you suggested that we talk again once I had finished the certificate. I finished it last week, and I'm happy to share that it went well.\n\nBest,\nLee"],
  ['follow-up', 'the reader said the writer should write again', "Hi Dana,\n\nYou said I should get back in touch after the museum's hiring freeze, so I'm following up now that it has lifted.\n\nBest,\nLee"],
  // After meeting at an event: an open invitation ("if you're ever free…") closes a thank-you;
  // a meeting asked for now makes a request.
  [
    'thank-you',
    'a note after an event that leaves an open invitation',
    "Subject: Great meeting you at the summit\n\nHi Sam,\n\nIt was great meeting you at the summit! I really enjoyed our conversation about museum lighting.\n\nIf you're ever open to a coffee, I'd be happy to continue it.\n\nBest regards,\nLee",
  ],
  [
    'thank-you',
    'a thank-you that says to get in touch if the reader is ever in town',
    "Hi Sam,\n\nThank you for the helpful chat on Tuesday. Your advice about portfolios was exactly what I needed. If you ever find yourself in Leeds, I'd love to buy you a coffee.\n\nBest,\nLee",
  ],
  ['request', 'a short request that asks for a call if the reader is ever free', email("I'm a teacher moving into science writing. If you're ever free for a 20-minute call, I'd love to hear how you made the switch.")],
  // Thanks for arranging a talk that has now happened, under a subject that says it follows up.
  ['thank-you', 'thanks for coordinating the day\'s interview', "Subject: Thank you - following up on today's interview\n\nHi Dana,\n\nThank you so much for coordinating today's interview with Sam. I had a great conversation with him about the museum's archive.\n\nBest,\nLee"],
  // Time counted since the last talk opens a check-in, even one that thanks again.
  ['follow-up', 'a six-month check-in that thanks again', "Hi Dana,\n\nIt's been about six months since our conversation about museum writing. I wanted to give you a quick update: I finished the certificate and started writing for the science centre. Thank you again for your guidance.\n\nBest,\nLee"],
  // A note signed after a dash on its last line is a connection note or direct message.
  ['linkedin-note', 'a short note signed inline after a dash', "Hi Dana, I saw your post about the analytics role on your team. I have four years of exactly that work. I'd love to be on your radar if a fit opens up. — Lee"],
  // "Follow-up" in the subject of a note that thanks for a talk.
  ['thank-you', 'a thank-you whose subject says follow-up', 'Subject: Follow-up: our call on Tuesday\n\nHi Dana,\n\nThank you for taking 25 minutes to speak with me this afternoon about your team.\n\nYour note about the museum launch gave me a lot to think about.\n\nBest,\nLee'],
  // Thanks for a conversation, said in other words.
  ['thank-you', 'thanks for making time', email("Thanks again for making time for me on Friday. Your point about building a portfolio before applying changed how I'm spending my evenings.")],
  ['thank-you', 'appreciating that the reader took the time', email("I really appreciated you taking the time to chat yesterday. I've already reached out to the editor you mentioned.")],
  ['thank-you', 'thanks for the coffee', "Dana, thank you for the coffee and the candid advice this morning. I'll start with the short course you recommended. Lee"],
  ['thank-you', 'thanks for generosity with time', email('Thank you for your generosity with your time on Monday. I learned a great deal about how grant panels work.')],
  ['thank-you', 'thanks for years of guidance, asking nothing', email('I have been meaning to write this for a while.', 'Thank you. I am so grateful for all the guidance you have given me since my first week at the museum, and I would not be where I am without it.', 'I wish you the very best in retirement.')],
  ['thank-you', 'thanks for lunch', email('Thanks so much for lunch on Wednesday. Hearing about your first year at the museum was exactly what I needed.')],
  // Thanks that close a request: for reading, for considering, in advance.
  ['request', 'thanks for taking the time to read', email(BACKGROUND, CALL, 'Thank you for taking the time to read this.')],
  ['request', 'appreciating the reader reading the note', email(BACKGROUND, "I appreciate you taking the time to read my note. " + CALL)],
  ['request', 'thanks in advance for making time', email(BACKGROUND, CALL, 'Thanks in advance for making time for this!')],
  ['request', 'thanks for the generosity of considering', email(BACKGROUND, CALL, 'Thank you for your generosity in considering it.')],
  // Nudges and news, said in other words.
  ['follow-up', 'a note put back on the radar', "Hi Dana, I know your inbox is busy, so I'm putting this back on your radar. No pressure at all. Lee"],
  ['follow-up', 'news months into a new job', email("Happy new year! I hope the museum is keeping you busy in the best way. I'm now three months into the new job and loving it, thanks in no small part to your advice.")],
  ['follow-up', 'an ask made before, asked about again', email("I'm sure you're swamped, so I'll keep this short: is a 15-minute call still possible this month? If not, no worries at all.", 'I reached out on the 3rd about science writing.')],
  ['follow-up', 'closing the loop with whoever suggested a contact', email('I wanted to close the loop: I met with Priya last week, as you suggested, and it was a great conversation.')],
  // Keeping in touch with someone the writer knows, with a meeting to pick things up.
  ['follow-up', 'picking up after a long gap, with a coffee', email("It's been a while since we last spoke, and I wanted to see how you've been.", "I'd love to catch up over coffee sometime in the coming weeks and hear about the museum.")],
  ['follow-up', 'reconnecting after a move', email('I hope the new role is treating you well! Now that I have moved back to Leeds, I would love to reconnect.', 'Would you have time for a call in the next month or so?')],
  ['follow-up', 'a long gap, spelled "awhile", with advice and a catch-up asked for', email("Wow, it's been awhile since we worked together at the museum.", "I'm weighing a few options and would love to share my ideas and get your advice. I'd also love to catch up and hear how you're doing.")],
  ['follow-up', 'a long time since the two worked together', email('It has been a long time since our days at the museum. I hope you are well.', CALL)],
  ['follow-up', 'a past the two share', email('I hope you remember our time together on the gallery team.', CALL)],
  ['request', 'a long time coming, about the writer', email(BACKGROUND, 'This move has been a long time coming for me.', CALL)],
  ['follow-up', 'a catch-up asked for after news of the writer', email('I saw the museum won the design award. Congratulations!', "On my side, I'm moving to Bristol in the autumn. It would be great to catch up before then. Free for a call next week?")],
  // Answering the reader's reply: the conversation is under way.
  ['follow-up', 'scheduling after the reader replied', email('Thanks so much for getting back to me!', 'Would Tuesday or Wednesday afternoon work for a 20-minute call? Happy to adjust.')],
  ['follow-up', 'a reply to a no', email('Thank you for letting me know. I understand the team needs someone more senior right now.', 'Is there anyone else you think I should talk to about science writing?')],
  ['request', 'thanks in advance for a reply', email(BACKGROUND, CALL, 'Thank you in advance for your reply!')],
  // News and nudges in other words.
  ['follow-up', 'an offer accepted', "Great news: I received an offer from the science museum and I'm planning to accept. Your advice made all the difference. Lee"],
  ['follow-up', 'a follow-up named as one', email('A quick follow-up on my note from last week about science writing.', 'No pressure at all if now is busy.')],
  // Thanks for accepting a connection is a LinkedIn note, not thanks for a talk.
  ['linkedin-note', 'thanks for connecting', "Thanks for connecting, Dana! I'm a teacher moving into science writing and would love to hear how you got started sometime."],
  ['follow-up', 'a catch-up asked for since they last met', email('So much has happened since we last met at the festival.', 'Could we catch up over a quick call this month? I would love your take on my next step.')],
  // Referrers named in other words, and a directory that is no referrer.
  ['referral-intro', 'a referrer who told the writer the reader would be the person to ask', email(`Priya Rao told me you'd be the person to talk to about museum writing. ${BACKGROUND}`, CALL)],
  ['referral-intro', 'a name got from a person', email(`I got your name from Priya Rao, who worked with you at the museum. ${BACKGROUND}`, CALL)],
  ['referral-intro', 'a referrer beside something the writer mentioned', email(`Priya Rao recommended I get in touch with you when I mentioned my interest in museum writing. ${BACKGROUND}`, CALL)],
  ['request', "the writer's own thought", email(`I thought we should connect, since we both write about science. ${BACKGROUND}`, CALL)],
  ['request', 'an address got from a directory', email(`I got your email from the alumni directory. ${BACKGROUND}`, CALL)],
  // LinkedIn notes: short, often with no sign-off.
  ['linkedin-note', 'a note that asks to connect after reading a post', "Hi Dana, your post on writing museum labels was a joy to read. I'm a chemistry teacher moving into science writing and would love to connect."],
  ['linkedin-note', 'a note with no greeting', "Enjoyed your article on museum labels. I'm a teacher moving into science writing; would be glad to connect and follow your work."],
  ['linkedin-note', 'a note that thanks the reader for connecting with the writer', "Hi Dana, your work on museum labels caught my eye, and I'd appreciate the chance to ask you a few questions about how you started. Thank you in advance for connecting with me!"],
  ['linkedin-note', 'a note that asks to be added', "Hi Dana, I'd like to add you to my professional network. I'm a teacher moving into science writing."],
  // A short message that names no network reads as an email, a DM or a message quoted
  // without its header, greeting or not; a word of LinkedIn, or a request to connect, makes it a note.
  // (The body typed on the greeting's line was tried as a cue: on messages never tuned on it
  // lost as many short emails and DMs as it won notes.)
  ['request', 'a one-line ask with no greeting', 'Is your team hiring analysts this spring? I would love to be considered.'],
  ['request', 'a short ask with no greeting and a question', "I'm a teacher moving into science writing. How did you get your first museum commission?"],
  ['request', 'the same short ask with a greeting', "Hi Dana, I'm a teacher moving into science writing. How did you get your first museum commission?"],
  ['request', 'the same short ask with the greeting on a line of its own', "Hi Dana,\n\nI'm a teacher moving into science writing. How did you get your first museum commission?"],
  ['linkedin-note', 'the same short ask, found on LinkedIn', "Hi Dana, I found you on LinkedIn. I'm a teacher moving into science writing. How did you get your first museum commission?"],
  ['linkedin-note', 'the same short ask, with where the reader works as a profile shows it', "Hi Dana, I saw you're at the Science Museum. I'm a teacher moving into science writing. How did you get your first commission?"],
  // A thread that addresses people by @handle (GitHub, X, Slack) is not a LinkedIn note.
  ['request', 'a short ask addressed by @handle', "Hi @dana-lee, I'm a teacher moving into science writing. How did you get your first museum commission?"],
  ['linkedin-note', 'a short note that says LinkedIn suggested the reader', 'LinkedIn suggested you as someone in museum writing. Would you share how you got your first commission?'],
  // A short note that thanks and asks nothing is a thank-you, however it is sent.
  ['thank-you', 'a one-line thanks in a reply', 'Thanks, Dana, I think this will help me a lot.'],
  ['thank-you', 'thanks and a next step', 'Thank you! I will email Sam Lee at the museum.'],
  ['linkedin-note', 'a short note that thanks and asks to connect', "Thanks for your talk on museum labels, Dana. I'm a teacher moving into science writing and would love to connect."],
  // A greeting exclaimed, as chat opens, on a short note; the same words as a letter are an email.
  ['linkedin-note', 'a short note with an exclaimed greeting', 'Hi Dana! I just read your post on exhibit labels. Could you tell me which course helped you most when you started?'],
  ['request', 'the same words as a letter', 'Hi Dana,\n\nI just read your post on exhibit labels. Could you tell me which course helped you most when you started?\n\nBest,\nLee'],
  // A note that asks to connect is one, whatever else it asks for. (Reading the medium apart
  // from the ask, so that a short exclaimed note asking for a call is a note, was tried: on
  // messages never tuned on it turned as many DMs and short emails into notes as it found notes.)
  ['linkedin-note', 'a short note that asks to connect and for a call', "Hi Dana, I'm a teacher moving into science writing and would love to connect. Would you have 15 minutes for a call next week?"],
  ['request', 'the same call asked for in a letter', 'Hi Dana,\n\nI am applying to museums and read your post on exhibit labels. Would you be open to a 15-minute call about how your team writes labels?\n\nBest,\nLee'],
  // Connecting with someone to talk is a conversation, not a request to connect.
  ['request', 'an email that would like to connect with the reader to discuss their work', email(`${BACKGROUND} I'd really like to connect with you to discuss your work on exhibits. Would next week suit you?`)],
];

/** Asking someone the writer knows for an introduction to a named person, said many ways. */
const INTRODUCTION_ASKS = [
  'Would you be willing to introduce me to Dana Lee?',
  'Could you put me in touch with Dana Lee?',
  'Would you mind connecting me with your colleague Dana Lee?',
  "I'd be grateful for an introduction to Dana Lee.",
  'Would you feel comfortable making an introduction to Dana Lee?',
  'If you are comfortable, could you pass my note along to Dana Lee?',
  'Could you forward the blurb below to Dana Lee?',
  'Is there any chance you could introduce me to Dana Lee?',
  "I was wondering if you'd be open to introducing me to Dana Lee.",
  "I'd love to be introduced to Dana Lee, if you think it makes sense.",
];
const INTRODUCTIONS_ASKED_FOR = [
  'Hi Sam, I saw that you are connected with Dana Lee on LinkedIn. Would you mind connecting us over email?',
  "Hi Sam,\n\nAs you know, I've been looking into museum work. I noticed that you are connected to Dana Lee and was hoping you could introduce us.\n\nThanks,\nLee",
  'Subject: Would you introduce me?\n\nHi Sam,\n\nI noticed that you know Dana Lee at the science museum. Would you be willing to introduce us?\n\nThanks,\nLee',
];
const knownContact = (ask: string) =>
  `Hi Sam,\n\nI hope the new job is going well! I noticed you're connected with Dana Lee, who runs the exhibits team at the science museum. ${ask} I've written a short note below that you could forward.\n\nThanks so much,\nLee`;

/** Connecting with people in general asks the reader for nothing; connecting with them does. */
const CONNECT_WITH_OTHERS = [
  "I'd love to connect with people who moved from teaching into science writing.",
  "I'm hoping to connect with alumni in the museum world.",
  'I want to connect with someone who has done this before.',
];
/** A meeting between the writer's colleagues and someone else asks the reader for no time. */
const OTHERS_MEETING = [
  "I'd love for our two analysts to meet up with someone from the museum's data team.",
  'It would be great if Eric could catch up with someone on your board.',
  // A meeting the reader is asked to arrange with someone else.
  'Could you help set up a short call with the exhibits manager?',
  'Would you be willing to arrange a coffee with your colleague Priya?',
  'Could you set up a quick chat with the team\'s recruiter for me?',
];
const CONNECT_WITH_READER_NOT = [
  'Could you connect me with the hiring manager for the exhibits role?',
  'Would you mind connecting me with your colleague Dana Lee?',
];
/** An introduction straight to the hiring route is the job ask it leads to (asks.md §2), not an introduction. */
const ROUTES_TO_JOB = [
  'Could you connect me with the hiring manager for the exhibits role?',
  'Would you pass my note along to your hiring manager?',
  'Could you introduce me to your recruiter?',
];
/** Whom the reader knows already is no request to connect ("I noticed you're connected with Dana"). */
const CONNECTED_STATE = [
  "I noticed you're connected with Dana Lee.",
  'I saw that you are connected to Dana Lee on LinkedIn.',
  // The reader's network as an audience, not a circle the writer asks to join.
  'Feel free to share the piece with your network.',
  // Something passed on to the reader's contacts.
  'Could you pass my portfolio on to your contacts in publishing?',
];
const CONNECT_WITH_READER = ["I'd love to connect with you.", 'Would you be open to connecting here?', "I'd be glad to connect.", 'Please add my profile to your LinkedIn contacts.', 'Could you add me to your network?', "I'd love to join your professional network.", "Let's link and stay in touch."];

describe('kinds from shape and from who sent the writer', () => {
  for (const [kind, what, text] of DRAFTS) it(`${kind}: ${what}`, () => assert.equal(lint(text).kind, kind));
  for (const sentence of CONNECT_WITH_OTHERS) {
    it(`no connection ask: ${sentence}`, () => assert.ok(!lint(`Hi Dana, ${sentence}`).asks.some((ask) => ask.type === 'connection')));
  }
  for (const sentence of CONNECTED_STATE) {
    it(`no connection ask: ${sentence}`, () => assert.ok(!lint(`Hi Dana, ${sentence}`).asks.some((ask) => ask.type === 'connection')));
  }
  for (const sentence of CONNECT_WITH_READER_NOT) {
    it(`an introduction, not a connection: ${sentence}`, () => assert.ok(!lint(`Hi Dana, ${sentence}`).asks.some((ask) => ask.type === 'connection')));
  }
  for (const sentence of ROUTES_TO_JOB) {
    it(`a job ask, not an introduction: ${sentence}`, () => {
      const result = lint(`Hi Dana,\n\nI'm a data analyst in Leeds. ${sentence}\n\nBest,\nLee`);
      assert.deepEqual(result.asks.map((ask) => ask.type), ['job']);
      assert.equal(result.kind, 'request');
    });
  }
  // A second person named after the route is still someone to be introduced to.
  it('an introduction beside the route: the hiring manager, or an engineer on the team', () => {
    const result = lint("Hi Dana,\n\nI'm a data analyst in Leeds. Could you connect me with the hiring manager for this post, or an engineer on the team?\n\nBest,\nLee");
    assert.deepEqual(result.asks.map((ask) => ask.type), ['job', 'introduction']);
  });
  for (const sentence of OTHERS_MEETING) {
    it(`no meeting ask: ${sentence}`, () => assert.ok(!lint(`Hi Dana, ${sentence}`).asks.some((ask) => ask.type === 'meeting')));
  }
  for (const sentence of CONNECT_WITH_READER) {
    it(`a connection ask: ${sentence}`, () => assert.ok(lint(`Hi Dana, ${sentence}`).asks.some((ask) => ask.type === 'connection')));
  }
  for (const ask of INTRODUCTION_ASKS) it(`intro-request: ${ask}`, () => assert.equal(lint(knownContact(ask)).kind, 'intro-request'));
  // Asked for, not reported: "could you introduce us?" is no referral ("Dana introduced us").
  for (const draft of INTRODUCTIONS_ASKED_FOR) it(`intro-request, not a referral: ${draft.split('\n').find((line) => / us\b/.test(line))}`, () => assert.equal(lint(draft).kind, 'intro-request'));
  // Asking for names, or to be pointed to whoever can help, opens many a cold request.
  it('request: a note asking only for names', () => assert.equal(lint('Hi Sam, I need to hire two good engineers this spring. Who do you know?').kind, 'request'));
  it('request: a cold note asking to be pointed to someone', () => assert.equal(lint("Hi Sam, I'm a nurse moving into informatics. If you can't help me at this time, could you point me to someone who might be able to?").kind, 'request'));
});
