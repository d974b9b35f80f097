import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * Asks put as directives: the reader (or writer and reader together) as the subject of
 * "should", "need to", "have to", or the object of "I want you to", "I suggest we".
 * Like any wish, a directive asks only when it names what is wanted, so a remark about
 * the reader ("you should be proud of that launch") asks nothing.
 */
const inRequest = (sentence: string) => `Hi Sam,\n\nI'm a data analyst with five years in retail. ${sentence}\n\nThank you,\nLee`;
const types = (sentence: string) => lint(inRequest(sentence)).asks.map((ask) => ask.type);

const DIRECTIVES: [string, string][] = [
  ["You've gotta get me a job at your company!", 'job'],
  ['You should hire me.', 'job'],
  ['You need to give me an internship.', 'job'],
  ['You have to take me on as an intern.', 'job'],
  ['I want you to hire me.', 'job'],
  ['I need you to find me a job.', 'job'],
  ['I propose that you hire me as a paid intern for the spring.', 'job'],
  ['I wish you would give me a chance at the analyst role.', 'job'],
  ['Hire me.', 'job'],
  ['I want you to meet me for coffee next week.', 'meeting'],
  ['I suggest we meet for coffee one afternoon.', 'meeting'],
  ['I propose we have a short call on Tuesday or Wednesday.', 'meeting'],
  ['Meet me at the café at five.', 'meeting'],
  ['I need you to introduce me to Dana.', 'introduction'],
  // Working at the reader's organisation, wanted in plain verbs.
  ["I'd like to work at Northwind.", 'job'],
  ['I really want to work for your company.', 'job'],
  ['I am eager to intern at your firm this summer.', 'job'],
];

const NOT_ASKS = [
  'You should be proud of the launch.',
  'You should check out the article I mentioned.',
  'I think you should know that your talk helped me.',
  'You must be busy this time of year.',
  'You must get a lot of requests for coffee.',
  'You need to be careful with that library.',
  'I wish you all the best with hiring this year.',
];
// Questions about the place, not the writer's wish to work there.
const NOT_JOB = ["I'd love to hear what it is like to work at Northwind.", 'Do you love to work at Northwind?'];

describe('directive asks', () => {
  for (const [sentence, type] of DIRECTIVES) it(`${type}: ${sentence}`, () => assert.ok(types(sentence).includes(type as never), String(types(sentence))));
  for (const sentence of NOT_ASKS) it(`no ask: ${sentence}`, () => assert.deepEqual(types(sentence), []));
  for (const sentence of NOT_JOB) it(`no job: ${sentence}`, () => assert.ok(!types(sentence).includes('job'), String(types(sentence))));
});
