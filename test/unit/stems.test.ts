import assert from 'node:assert/strict';
import { stemWord } from '../../src/core/text/sentences.js';

/**
 * Phrases match words by stem, so a word the stemmer folds into another's stem would
 * match that other word's phrases: "any positive side" read as "any positions".
 */
describe('stems', () => {
  const apart: [string, string][] = [
    ['positive', 'position'],
    ['open', 'opening'],
    ['present', 'presentation'],
    ['busy', 'business'],
    ['one', 'on'],
    ['using', 'us'],
    ['excellent', 'excel'],
    ['communication', 'community'],
    ['responsible', 'response'],
    ['international', 'intern'],
    ['internal', 'intern'],
    ['applicable', 'application'],
  ];
  for (const [word, other] of apart) it(`keeps "${word}" apart from "${other}"`, () => assert.notEqual(stemWord(word), stemWord(other)));

  const together: [string, string][] = [
    ['positions', 'position'],
    ['openings', 'opening'],
    ['businesses', 'business'],
    ['used', 'use'],
    ['hiring', 'hire'],
    ['interns', 'intern'],
  ];
  for (const [word, other] of together) it(`still folds "${word}" into "${other}"`, () => assert.equal(stemWord(word), stemWord(other)));
});
