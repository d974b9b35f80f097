import assert from 'node:assert/strict';
import { ParseEnglish } from 'parse-english';
import { compilePhrase, PhraseError, PhraseIndex } from '../../src/core/text/phrases.js';
import { sentencesOf } from '../../src/core/text/sentences.js';

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

  it('never match across sentences', () => {
    assert.deepEqual(matches('a job', 'I want a. Job here.'), []);
  });

  it('reject phrases that are not plain word sequences', () => {
    for (const bad of ['', '   ', '* job', 'job *', 'x'.repeat(300), '(a|b)+', 'one two three four five six seven eight nine ten eleven twelve thirteen']) {
      assert.throws(() => compilePhrase(bad, 0), PhraseError, JSON.stringify(bad));
    }
  });
});
