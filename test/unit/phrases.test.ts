import assert from 'node:assert/strict';
import { ParseEnglish } from 'parse-english';
import fc from 'fast-check';
import { RULES } from '../../src/core/index.js';
import { compilePhrase, PhraseError, PhraseIndex, type CompiledPhrase } from '../../src/core/text/phrases.js';
import { sentencesOf, type Sentence } from '../../src/core/text/sentences.js';

const matches = (phrase: string, text: string) => {
  const index = new PhraseIndex();
  index.add(compilePhrase(phrase, 0));
  const sentences = sentencesOf(new ParseEnglish().parse(text), text);
  return sentences.flatMap((sentence) => index.match(sentence)).map((match) => text.slice(match.start, match.end));
};

describe('phrases', () => {
  it('match any inflection, case and apostrophe style', () => {
    assert.deepEqual(matches('ask for a job', 'Asking for a job? He asked for a JOB.'), ['Asking for a job', 'asked for a JOB']);
    assert.deepEqual(matches("i'm in transition", 'I’m in transition.'), ['I’m in transition']);
  });

  it('support exact words, alternatives, optional words and wildcards', () => {
    assert.deepEqual(matches('are you =hiring', 'Are you hiring? Are you hired?'), ['Are you hiring']);
    assert.deepEqual(matches('a|any job', 'Any job. A job.'), ['Any job', 'A job']);
    assert.deepEqual(matches('refer me? for', 'Refer me for it. Refer for it.'), ['Refer me for', 'Refer for']);
    assert.deepEqual(matches('is * hiring', 'Is Acme hiring?'), ['Is Acme hiring']);
    assert.deepEqual(matches('on * # at #', 'On March 3 at 2pm. On March third at noon.'), ['On March 3 at 2pm']);
  });

  it('match a contraction and its two words alike, whichever the phrase writes', () => {
    assert.deepEqual(matches('if you are free', "If you're free, and if you are free."), ["If you're free", 'if you are free']);
    assert.deepEqual(matches('=youre welcome to', "You're welcome to. You are welcome to."), ["You're welcome to", 'You are welcome to']);
    // A slot that holds the contraction's second word too already matches it.
    assert.deepEqual(matches('=im|am happy to', "I'm happy to help. I am happy to help."), ["I'm happy to", 'am happy to']);
    assert.deepEqual(matches('do not hesitate', "Don't hesitate. Do not hesitate."), ["Don't hesitate", 'Do not hesitate']);
    // A contraction that is a word of its own is matched only where the phrase writes it.
    assert.deepEqual(matches('we are open to', 'They were open to it.'), []);
    // The contraction is matched as written: "youre" stems to "your".
    assert.deepEqual(matches('if you are free', 'If your free time allows.'), []);
  });

  it('still match after the word table fills and starts again', () => {
    const sentences = (text: string) => sentencesOf(new ParseEnglish().parse(text), text);
    const before = new PhraseIndex();
    before.add(compilePhrase('ask for a job', 0));
    const [sentence] = sentences('May I ask for a job?');
    assert.equal(before.match(sentence).length, 1);
    // More words than the table holds (100,000), each of them a phrase of its own: matching
    // once fills the table, and the next match starts it again.
    const flood = new PhraseIndex();
    for (let i = 0; i < 100_010; i++) flood.add(compilePhrase(`word${i}x`, i));
    for (const text of ['It says word100005x here.', 'It says word7x here.']) assert.equal(flood.match(sentences(text)[0]).length, 1, text);
    // Made before the table started again, the first index reads its ids anew, for a sentence read before and a new one.
    assert.equal(before.match(sentence).length, 1);
    assert.equal(before.match(sentences('May I ask for a job?')[0]).length, 1);
  });

  it('never match across sentences', () => {
    assert.deepEqual(matches('a job', 'I want a. Job here.'), []);
  });

  it('reject phrases that are not plain word sequences', () => {
    for (const bad of ['', '   ', '* job', 'job *', 'x'.repeat(300), '(a|b)+', 'one two three four five six seven eight nine ten eleven twelve thirteen']) {
      assert.throws(() => compilePhrase(bad, 0), PhraseError, JSON.stringify(bad));
    }
  });
});

describe('the phrase index', () => {
  // Every phrase of every rule, as the engine indexes them.
  const sources = RULES.flatMap((rule) => {
    const patterns = (rule.patterns as { phrases: string[] }[] | undefined) ?? [];
    return [...patterns.flatMap((pattern) => pattern.phrases), ...((rule.phrases as string[] | undefined) ?? [])];
  });
  const compiled = sources.flatMap((source, ref) => compilePhrase(source, ref));
  const index = new PhraseIndex();
  index.add(compiled);

  /** What the index must give: at each word, each phrase starting with its stem in the order added, then those starting with its form alone. */
  function everyPhraseTried(sentence: Sentence): string[] {
    const found: string[] = [];
    const tokens = sentence.tokens;
    const starts = (phrase: CompiledPhrase, word: string) => !phrase.slots[0].any && phrase.slots[0].stems.includes(word);
    const fits = (phrase: CompiledPhrase, at: number) =>
      at + phrase.slots.length <= tokens.length &&
      phrase.slots.every((slot, k) => {
        const token = tokens[at + k];
        if (slot.any) return !slot.number || /\d/.test(token.norm);
        return slot.stems.includes(slot.exact ? token.norm : token.stem) || (!slot.exact && slot.stems.includes(token.norm));
      });
    tokens.forEach((token, at) => {
      const byStem = compiled.filter((phrase) => starts(phrase, token.stem));
      const byNorm = token.norm === token.stem ? [] : compiled.filter((phrase) => starts(phrase, token.norm) && !starts(phrase, token.stem));
      for (const phrase of [...byStem, ...byNorm]) if (fits(phrase, at)) found.push(`${at}:${phrase.source}`);
    });
    return found;
  }

  const words = [...new Set(sources.flatMap((source) => source.split(/\s+/).flatMap((word) => word.replace(/^=/, '').replace(/\?$/, '').split('|'))))].filter((word) => /^[\p{L}\p{N}]/u.test(word));
  // A phrase as someone would write it: one alternative per word, any word for `*`, a time for `#`.
  const written = fc.constantFrom(...sources).chain((source) =>
    fc.tuple(
      ...source.split(/\s+/).map((word) =>
        word === '*' ? fc.constantFrom(...words) : word === '#' ? fc.constant('3pm') : fc.constantFrom(...word.replace(/^=/, '').replace(/\?$/, '').split('|'), ...(word.endsWith('?') ? [''] : [])),
      ),
    ),
  );
  const piece = fc.oneof({ weight: 3, arbitrary: written }, { weight: 2, arbitrary: fc.array(fc.constantFrom(...words, '3pm', 'Acme', 'the', 'I', 'you'), { maxLength: 3 }) });
  const sentence = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.flat().filter(Boolean));

  it('finds what trying every phrase at every word finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (drafts) => {
        const text = drafts.filter((draft) => draft.length > 0).map((draft) => `${draft.join(' ')}.`).join(' ');
        for (const parsed of sentencesOf(new ParseEnglish().parse(text), text)) {
          assert.deepEqual(index.match(parsed).map((match) => `${match.from}:${match.phrase.source}`), everyPhraseTried(parsed), text);
        }
      }),
      { numRuns: Number(process.env.OUTREACH_PROPERTY_RUNS ?? 300) },
    );
  });
});
