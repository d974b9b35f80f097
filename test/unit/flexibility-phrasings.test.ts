import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * More ways people leave the reader the choice of time and form (the guidance: phone,
 * video or in person at their choice, times that suit them, offering to come to them or
 * to pay for the coffee, a few options, another way to help), written for this file.
 * The near-misses leave no choice: one slot the writer picked, "only" one time, a
 * flexibility that belongs to something else, "whenever" about the writer's own habits.
 */
const request = (body: string) => `Hi Sam,\n\n${body}\n\nThank you,\nLee`;
const withAsk = (sentence: string) =>
  request(`Maya Chen suggested I write. I'm a data analyst, and I'd love to hear how you moved into climate tech. ${sentence}`);
const flagged = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'offer-flexibility');

const FLEXIBLE = [
  'Could we find 20 minutes for a call this week or next?',
  'Would you be available for a quick 20-minute chat sometime this or next week?',
  'Would you have 20 minutes for a call? I can make most times work.',
  "Would you have 20 minutes for a call? I'll fit in with whatever your week looks like.",
  "Would you have 20 minutes to talk? I'd be glad to meet near your office.",
  'Would you have 20 minutes for a coffee? My treat, wherever is handy for you.',
  'Would you have 20 minutes to talk this month? Just tell me a day that is good for you.',
  'Could we talk for 20 minutes? Mornings or evenings are both fine for me.',
  'Would you have 20 minutes for a call or a video chat next week, depending on what is easier for you?',
  'Would you have 20 minutes for a call? Evenings and weekends work for me too.',
  "Would you have 20 minutes for a call? If now isn't a good time, I'm happy to wait until things calm down.",
  'Would you have 20 minutes for a call? Early or late in the day is fine.',
  'Would you have 20 minutes for a call? I can send my questions in writing instead.',
  'Would you be free for 20 minutes at some point next week?',
  "Would you have 20 minutes for a call next week? I'll work around you.",
  'Would you be open to a quick 20-minute chat, in person or on Zoom?',
  'Would you have 20 minutes for a call? Tuesday, Wednesday or Thursday afternoon would all work for me.',
  "Would you have 20 minutes for a call at a time that's good for you?",
  'Would you have 20 minutes for a call? Any time after 3pm works for me.',
  'Would you have 20 minutes to talk, either this week or next?',
  'Would you have 20 minutes for a call, on whichever day is quietest for you?',
  "Would you have 20 minutes for a call? I'm happy to be flexible.",
  'Would you have 20 minutes for a call? Later in the month is fine too.',
  'Would you have 20 minutes for a call? I can adjust to your time zone.',
  'Would you have 20 minutes for a call? I could also come by your lab if that suits you better.',
  'Would you have 20 minutes for a call? Feel free to propose another time if next week is busy.',
  "Would you be up for a 20-minute coffee next Tuesday, or a video call if you're not local?",
  'Would you have 20 minutes for coffee next Tuesday (a call if not nearby)?',
  "Would you have 20 minutes for a call next Tuesday? I'm glad to do whatever helps you most.",
  // Another form of meeting beside the first.
  'Would you be willing to talk on the phone for 20 minutes or grab a coffee?',
  'Could we do a 20-minute call, or meet for lunch near your office?',
  'Would you have 20 minutes for a video chat, or perhaps a quick phone call?',
  // A smaller written fallback, and another time said to suit the reader better.
  "Would you have 20 minutes for a call? If you're swamped, even a quick reply with one tip would mean a lot.",
  'Would you have 20 minutes for a call next week? I can write again in a month if that is better for you.',
  // The writer offering to come back at another time.
  'Would you have 20 minutes for a call this week, or should I get back to you another time?',
  // Some day of their choosing.
  "If you ever have 15 minutes, I'd love to hear your view on a call.",
  // Another form asked about or offered as a fallback.
  'Would a 20-minute call on Monday at 9am work, or would you rather I sent my questions by email?',
  'Would you have 20 minutes for a call on Monday at 9am? If not, I can send my questions by email.',
  'Would you have 20 minutes for a call on Monday at 9am? Alternatively, I could send a few questions in writing.',
];

const NOT_FLEXIBLE = [
  // Paying is a courtesy, not a choice of time or form.
  'Would you have 20 minutes for a coffee next week? It is on me.',
  'Would you have 20 minutes for a virtual coffee? Happy to buy you one!',
  'Would you have 20 minutes for a call on Tuesday at 2pm?',
  "I'd love a 20-minute call. I'll call you on Friday at 10am.",
  "Would you have 20 minutes for a call? I'm only free on Thursday at noon.",
  'Would you have 20 minutes for a call? I hope everything is going well at work.',
  'Would you have 20 minutes for a call? Feel free to reach out any time with questions about my work.',
  'Could we meet at the Blue Café on Friday at 8am for 20 minutes?',
  'Would you have 20 minutes for a call? Whenever I read your posts I learn something new.',
  'Would you have 20 minutes for a call? I was flexible about my start date at my last job.',
  'Would you have 20 minutes for a call on Zoom at 4pm on Thursday?',
  "Would you have 20 minutes for a call on Monday at 9am? I'd love to work with you one day.",
  "Would you have 20 minutes for a call on Monday at 9am? I'd love to pay it forward someday.",
  'Would you have 20 minutes for a call on Monday at 9am? Earlier this year I finished my degree.',
  "Would you have 20 minutes for a call on Monday at 9am? I'd like to hear how your team works as well as what it looks for.",
  'Would you have 20 minutes for a call? Let me know if you have any questions about my background.',
  "Would you have 20 minutes for a call on Monday at 9am? If you're in the office that day, I could bring my portfolio.",
  'Would you have 20 minutes for a call on Monday at 9am? My manager or my mentor suggested I ask.',
  'Would you have 20 minutes for a call on Monday at 9am? I work in research or, more exactly, in data.',
  'Would you have 20 minutes for a call on Monday at 9am? Even a brief chat would help me a lot.',
  // The writer's own preference is no choice offered.
  'Would you have 20 minutes for a call on Monday at 9am? I would rather talk than write.',
];

describe('offer-flexibility: more ways to leave the choice to the reader', () => {
  for (const sentence of FLEXIBLE) it(`flexible: ${sentence}`, () => assert.ok(!flagged(withAsk(sentence))));
  for (const sentence of NOT_FLEXIBLE) it(`not flexible: ${sentence}`, () => assert.ok(flagged(withAsk(sentence))));
});
