import assert from 'node:assert/strict';
import rules from '../../generated/rules.json';
import vocabulary from '../../generated/vocabulary.json';
import type { RuleData } from '../../src/core/rule-data.js';
import { RULE_TYPES } from '../../src/core/rule-types/index.js';

/**
 * A phrase slot holds one word's alternatives. Writing a contraction beside the first word
 * of its two-word form ("=heres|here is my resume") puts "here's" before a required "is",
 * so the contraction never matches: it needs a line of its own, or "is?" optional.
 */
const CONTRACTIONS: Record<string, [string, string]> = {
  heres: ['here', 'is'], its: ['it', 'is'], thats: ['that', 'is'], whats: ['what', 'is'], dont: ['do', 'not'],
  doesnt: ['does', 'not'], cant: ['can', 'not'], wont: ['will', 'not'], isnt: ['is', 'not'], youre: ['you', 'are'],
  were: ['we', 'are'], theyre: ['they', 'are'], im: ['i', 'am'], ive: ['i', 'have'], id: ['i', 'would'], ill: ['i', 'will'],
  youd: ['you', 'would'], youve: ['you', 'have'], youll: ['you', 'will'], lets: ['let', 'us'],
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], didnt: ['did', 'not'], wasnt: ['was', 'not'],
  werent: ['were', 'not'], arent: ['are', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
};

const slotsOf = (phrase: string) =>
  phrase.trim().split(/\s+/).map((word) => ({ optional: word.length > 1 && word.endsWith('?'), words: word.replace(/^=/, '').replace(/\?$/, '').split('|') }));

/** Contractions spelt like words of their own once the apostrophe goes ("we're" and "were"). */
const WORDS_TOO = new Set(['were', 'its', 'id', 'ill', 'lets', 'wont', 'cant']);

/** Words a contraction already holds: a slot of only these after it leaves the contraction nothing to match. */
const HELD = new Set(['is', 'am', 'are', 'was', 'were', 'not', 'have', 'has', 'had', 'would', 'will', 'shall', 'us']);

function faults(phrase: string): string[] {
  const slots = slotsOf(phrase);
  return slots.flatMap((slot, k) => {
    // The other way round: "have not|havent" puts "haven't" after a required "have".
    // ("we were|are" means the past tense too: words that are words of their own are left out).
    const previous = slots[k - 1];
    if (previous && !previous.optional && previous.words.length === 1) {
      const after = slot.words.filter((word) => CONTRACTIONS[word] && !WORDS_TOO.has(word) && CONTRACTIONS[word][0] === previous.words[0] && slot.words.includes(CONTRACTIONS[word][1]));
      if (after.length > 0) return after.map((word) => `"${word}" after "${previous.words[0]}"`);
    }
    const next = slots[k + 1];
    // "hope you|youre are|is|well" still lets "you're well" match: only a slot of held words is a fault.
    if (!next || next.optional || !next.words.every((word) => HELD.has(word))) return [];
    return slot.words
      .filter((word) => CONTRACTIONS[word] && slot.words.includes(CONTRACTIONS[word][0]) && next.words.includes(CONTRACTIONS[word][1]))
      .map((word) => `"${word}" beside "${CONTRACTIONS[word].join(' ')}"`);
  });
}

describe('phrase slots', () => {
  const phrases = [
    ...Object.entries(vocabulary as Record<string, string[]>).flatMap(([list, items]) => items.map((phrase) => ({ where: `rules/vocabulary: ${list}`, phrase }))),
    ...(rules as RuleData[]).flatMap((rule) => RULE_TYPES[rule.type].phrasesOf(rule).map((phrase) => ({ where: `rules/${rule.id}.yaml`, phrase }))),
  ];

  it('finds the fault it looks for', () => assert.deepEqual(faults('=heres|here is my resume'), ['"heres" beside "here is"']));
  it('finds it after the first word too', () => assert.deepEqual(faults('i still have not|havent heard'), ['"havent" after "have"']));

  it('never puts a contraction in one slot with the two words it stands for', () => {
    const found = phrases.flatMap(({ where, phrase }) => faults(phrase).map((fault) => `${where}: ${phrase} (${fault})`));
    assert.deepEqual(found, []);
  });
});
