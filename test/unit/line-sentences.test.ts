import assert from 'node:assert/strict';
import { ParseEnglish } from 'parse-english';
import { applyFix, lint } from '../../src/core/index.js';
import { parseBlock } from '../../src/core/text/parse.js';
import { polarityOf, sentencesOf } from '../../src/core/text/sentences.js';

/**
 * Messages typed in chat or posted as issues often end a sentence with the line alone.
 * A line with no closing punctuation, followed by one that opens with a capital, ends its
 * sentence; a line that runs on in lower case is the same sentence.
 */
const asksIn = (text: string) => lint(text).asks.map((ask) => ({ type: ask.type, words: text.slice(ask.start, ask.end) }));

describe('sentences ended by a line break', () => {
  it('reads a question on its own line after an unpunctuated one', () => {
    const text = 'Hi Sam,\n\nSo I made a small bot with your library\nHow do I apply for the internship?\n\nThanks,\nLee';
    const job = asksIn(text).find((ask) => ask.type === 'job');
    assert.ok(job, JSON.stringify(asksIn(text)));
    assert.equal(job.words, 'How do I apply for the internship?');
  });

  it('keeps a sentence that runs on in lower case whole', () => {
    const text = 'Hi Sam,\n\nI would love to hear\nhow you moved into policy, if you have 15 minutes next week.\n\nThanks,\nLee';
    const asks = asksIn(text);
    assert.ok(asks.some((ask) => ask.type === 'meeting' && ask.words.startsWith('I would love to hear\nhow you moved')), JSON.stringify(asks));
  });

  it('does not split after a line that ends with punctuation', () => {
    const text = 'Hi Sam,\n\nThank you for the talk on Tuesday,\nWould you have 15 minutes next week?\n\nThanks,\nLee';
    assert.ok(asksIn(text).some((ask) => ask.type === 'meeting' && ask.words.startsWith('Thank you for the talk')), JSON.stringify(asksIn(text)));
  });

  it('ends a sentence at a full stop that ends its line, before a lower-case word', () => {
    const text = 'hello, sam.\nnice to meet you.\ni want to work with you.';
    const sentences = sentencesOf(new ParseEnglish().parse(text), text);
    assert.deepEqual(sentences.map((sentence) => sentence.text), ['hello, sam.', 'nice to meet you.', 'i want to work with you.']);
    assert.ok(!asksIn(text).some((ask) => ask.type === 'meeting'), JSON.stringify(asksIn(text)));
  });

  it('ends a sentence at a line that opens with a lower-case "i", and its fix keeps the next line', () => {
    const text = 'hello sir\n\ncan i get internship in your team for this summer\ni will be very thankful to you\n\nravi';
    const sentences = sentencesOf(new ParseEnglish().parse(text), text).map((sentence) => sentence.text);
    assert.ok(sentences.includes('i will be very thankful to you'), JSON.stringify(sentences));
    const finding = lint(text).diagnostics.find((diagnostic) => diagnostic.ruleId === 'no-job-request');
    assert.ok(finding);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.ok(fixed.includes('\ni will be very thankful to you\n'), fixed);
    assert.ok(!fixed.includes('can i get internship'), fixed);
  });

  it('reads a word the parser kept with its full stop as the word ("you.\\nbest")', () => {
    const text = 'hello sam.\ni want to work with you.\nbest regards,\nlee';
    assert.ok(asksIn(text).some((ask) => ask.type === 'job' && ask.words === 'i want to work with you.'), JSON.stringify(asksIn(text)));
  });

  it("keeps a title's full stop inside its clause", () => {
    const text = 'Hi Sam,\n\nI am a data analyst. Would Dr. Lee have time for a call next week?\n\nThanks,\nLee';
    assert.deepEqual(asksIn(text).map((ask) => ask.type), ['meeting']);
  });

  it('scores each part for sentiment on its own words', () => {
    const text = 'I love your wonderful, brilliant, amazing work\nI am hopeless and desperate';
    const sentences = sentencesOf(new ParseEnglish().parse(text), text);
    assert.deepEqual(sentences.map((sentence) => sentence.text), ['I love your wonderful, brilliant, amazing work', 'I am hopeless and desperate']);
    const alone = sentencesOf(new ParseEnglish().parse('I am hopeless and desperate'), 'I am hopeless and desperate')[0];
    assert.ok(polarityOf(sentences[1]) < 0);
    assert.equal(polarityOf(sentences[1]), polarityOf(alone));
  });

  it('ends a sentence at a stop before a lower-case word on the same line, keeping its mark', () => {
    const text = 'hi sam. i loved your talk on data pipelines. could we chat for 15 minutes next week? thanks, lee';
    const sentences = sentencesOf(new ParseEnglish().parse(text), text).map((sentence) => sentence.text);
    assert.deepEqual(sentences, ['hi sam.', 'i loved your talk on data pipelines.', 'could we chat for 15 minutes next week?', 'thanks, lee']);
    assert.equal(lint(text).stats.questions, 1);
  });

  it("reads an abbreviation's or an initial's stop before a lower-case word as inside the sentence", () => {
    for (const text of ['We expect approx. twenty people at the talk.', 'I read the books, the essays etc. and the letters.', 'I spoke with J. lee about it.']) {
      assert.equal(sentencesOf(new ParseEnglish().parse(text), text).length, 1, text);
    }
  });

  it('reads text wrapped to a width as its sentences, not its lines', () => {
    const prose =
      "I found your profile through the alumni network and noticed you joined Goldman's TMT group after graduating in 2022. I'm a junior at Ohio State recruiting for IB this summer and am particularly interested in tech coverage.";
    const wrapped =
      "I found your profile through the alumni network and noticed\nyou joined Goldman's TMT group after graduating in 2022. I'm a junior at\nOhio State recruiting for IB this summer and am particularly interested\nin tech coverage.";
    const read = (text: string) => sentencesOf(new ParseEnglish().parse(text), text).map((sentence) => sentence.text.replace(/\n/g, ' '));
    assert.deepEqual(read(wrapped), read(prose));
    const draft = (body: string) => `Hi John,\n\n${body}\n\nWould you have 20 minutes for a call next week?\n\nBest,\nAlex`;
    assert.equal(lint(draft(wrapped)).stats.readingGrade, lint(draft(prose)).stats.readingGrade);
  });

  it('still ends short chat lines at a capital, even beside a long line', () => {
    const text = 'Hi Sam\nI am a third-year student at Leeds and I have been following your team for a year\nCould you tell me how you got started';
    assert.equal(sentencesOf(new ParseEnglish().parse(text), text).length, 3);
  });

  it('ends a sentence at a stop typed with no space after it', () => {
    const text = 'I loved your talk.Could we chat for 15 minutes next week?Thanks so much for reading.';
    const sentences = sentencesOf(parseBlock(text, 'plaintext').tree, text).map((sentence) => sentence.text);
    assert.deepEqual(sentences, ['I loved your talk.', 'Could we chat for 15 minutes next week?', 'Thanks so much for reading.']);
    const asks = asksIn(text);
    assert.ok(asks.some((ask) => ask.type === 'meeting' && ask.words === 'Could we chat for 15 minutes next week?'), JSON.stringify(asks));
  });

  it('keeps addresses, names with dots and abbreviations as words', () => {
    for (const text of ['My site is example.com and my notes are on Node.js today.', 'I study statistics (5 yr.Integrated) at the institute.', 'I served in the U.S.Army for two years.']) {
      assert.equal(sentencesOf(parseBlock(text, 'plaintext').tree, text).length, 1, text);
    }
  });

  it('reads a question whose mark is followed by an emoji or a smiley', () => {
    for (const ending of [' 🙂', ' :)', ' 👍🏽', '"']) {
      const text = `Hi Sam,\n\nFree for a call next week?${ending}\n\nLee`;
      assert.ok(asksIn(text).some((ask) => ask.type === 'meeting'), `${ending}: ${JSON.stringify(asksIn(text))}`);
    }
    assert.equal(sentencesOf(parseBlock('I loved it :)', 'plaintext').tree, 'I loved it :)')[0].isQuestion, false);
  });
});


describe('markdown links run into a sentence', () => {
  it('keeps a sentence whose stop runs into a link, and reads the link text as a word of its own', () => {
    const text = 'Hi Dana, I came across your profile on LinkedIn.[portfolio](https://example.com) 👋';
    const sentences = sentencesOf(parseBlock(text, 'markdown').tree, text);
    // The greeting is a sentence of its own (see "a greeting on the first sentence's line").
    assert.deepEqual(sentences.map((sentence) => sentence.tokens.map((token) => token.text)), [
      ['Hi', 'Dana'],
      ['I', 'came', 'across', 'your', 'profile', 'on', 'LinkedIn', 'portfolio'],
    ]);
  });

  it('a how-found line inserted before a link on the greeting line satisfies how-found', () => {
    const text = 'Hi Dana,[link](https://x.y) 👋\n\nWould you have 20 minutes? ';
    const finding = lint(text, { format: 'markdown' }).diagnostics.find((d) => d.ruleId === 'how-found');
    assert.ok(finding);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.ok(!lint(fixed, { format: 'markdown' }).diagnostics.some((d) => d.ruleId === 'how-found'), fixed);
  });
});

describe('a greeting on the first sentence\'s line', () => {
  const texts = (text: string) => sentencesOf(new ParseEnglish().parse(text), text).map((sentence) => sentence.text);

  it('is a sentence of its own, with its comma', () => {
    assert.deepEqual(texts('Hi Priya, I am looking for a role on your team.'), ['Hi Priya,', 'I am looking for a role on your team.']);
    assert.deepEqual(texts('Dear Dr. Lee,\nI am looking for a role on your team.'), ['Dear Dr. Lee,', 'I am looking for a role on your team.']);
    assert.deepEqual(texts('Hello, Dr. Lee, I am a student at Leeds.'), ['Hello, Dr. Lee,', 'I am a student at Leeds.']);
    assert.deepEqual(texts('Good morning: I am a student at Leeds.'), ['Good morning:', 'I am a student at Leeds.']);
  });

  it('keeps a name after the comma with the greeting, and a sentence that only opens with such a word whole', () => {
    assert.deepEqual(texts('hello, sam.'), ['hello, sam.']);
    assert.deepEqual(texts('Hi Dana and thanks for the talk, it was great.'), ['Hi Dana and thanks for the talk, it was great.']);
    assert.deepEqual(texts('Good luck, and I hope the launch goes well.'), ['Good luck, and I hope the launch goes well.']);
  });

  it('is kept by a fix that rewrites or removes the first sentence', () => {
    for (const text of ['Hi Priya, I am looking for a position on your team.', 'Dear Dr. Lee,\nI am looking for a position on your team.']) {
      const finding = lint(text).diagnostics.find((d) => d.ruleId === 'no-job-request');
      assert.ok(finding, text);
      for (const fix of finding.fixes ?? []) {
        const fixed = applyFix(text, fix);
        assert.ok(fixed.startsWith(text.slice(0, text.indexOf(',') + 1)), `${fix.title}: ${fixed}`);
      }
    }
  });
});
