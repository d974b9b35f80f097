import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskIgnored, readDraftShape } from '../../src/core/draft/shape.js';
import { textChange } from '../../src/core/text/change.js';

const slice = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

describe('draft shape', () => {
  const draft = `---\nkind: request\n---\nTo: dana@example.com\nSubject: Hello there\n\nHi Dana,\n\nBody text here.\n\nBest regards,\nSam Ortiz\nNurse, Carely\n\nOn Tue, 4 Nov 2025 at 10:00, Dana wrote:\n> Earlier words\n`;

  it('reads front matter, header, greeting, closing, signature and quotes', () => {
    const shape = readDraftShape(draft);
    assert.deepEqual(shape.frontMatter?.data, { kind: 'request' });
    assert.equal(shape.subject?.value, 'Hello there');
    assert.equal(slice(draft, shape.subject), 'Hello there');
    assert.equal(slice(draft, shape.greeting), 'Hi Dana,');
    assert.equal(slice(draft, shape.closing), 'Best regards,');
    assert.equal(slice(draft, shape.signature), 'Sam Ortiz\nNurse, Carely');
    assert.match(slice(draft, shape.quotes[0])!, /^On Tue.*wrote:\n> Earlier words\n$/);
  });

  it('reads a subject labelled as templates label it ("Subject line:")', () => {
    const text = 'Subject Line: Friendly reminder about the letter\n\nDear Dr. Ray,\n\nThank you again.\n\nBest,\nLee';
    const shape = readDraftShape(text);
    assert.equal(shape.subject?.value, 'Friendly reminder about the letter');
    assert.equal(slice(text, shape.greeting), 'Dear Dr. Ray,');
  });

  it('masks what is not prose without moving any offset', () => {
    const shape = readDraftShape(draft);
    const masked = maskIgnored(draft, shape.ignored);
    assert.equal(masked.length, draft.length);
    assert.ok(!masked.includes('Sam Ortiz') && !masked.includes('Earlier') && !masked.includes('dana@example.com'));
    assert.ok(masked.includes('Body text here.') && masked.includes('Best regards,'));
    assert.equal(masked.split('\n').length, draft.split('\n').length);
  });

  it("reads a letter's head of short lines above the greeting as no prose", () => {
    const letter = '5 Foster Road\nMiddleton, IN 46204\nApril 27, 2026\nMs. Ana Ruiz\nNursing Director\n\nDear Ms. Ruiz:\nThank you for meeting with me yesterday.\n\nSincerely,\nLee Park';
    const shape = readDraftShape(letter);
    assert.equal(slice(letter, shape.greeting), 'Dear Ms. Ruiz:');
    assert.equal(slice(letter, shape.letterHead), '5 Foster Road\nMiddleton, IN 46204\nApril 27, 2026\nMs. Ana Ruiz\nNursing Director');
    // The head goes out with the letter: it is no header block.
    assert.equal(shape.header, undefined);
    const masked = maskIgnored(letter, shape.ignored);
    assert.ok(!masked.includes('Foster') && masked.includes('Thank you for meeting'));
  });

  it('keeps a long first line above a greeting as prose', () => {
    const note = 'I love everything your team is building for clinics across the region, and I wanted to say so.\nHi Ana,\nWould you have 15 minutes?';
    const shape = readDraftShape(note);
    assert.equal(shape.greeting, undefined);
    assert.equal(shape.letterHead, undefined);
  });

  it('finds a greeting that shares its line with the body', () => {
    const text = 'Hi [x], Just following up on my note.';
    assert.equal(slice(text, readDraftShape(text).greeting), 'Hi [x],');
  });

  it('reads a line that is only a name and a comma or dash as the greeting', () => {
    for (const greeting of ['Priya -', 'Mr. White,', 'Dr. [Name],', 'Levi,', 'Ana María —']) {
      const text = `${greeting}\n\nWould you have 15 minutes next week?\n\nThanks,\nLee`;
      assert.equal(slice(text, readDraftShape(text).greeting), greeting);
    }
    for (const opener of ['Great,', 'Thanks -', 'Summary -', 'The plan,', 'Hope you are well,']) {
      assert.equal(readDraftShape(`${opener}\nI will send it today.`).greeting, undefined, opener);
    }
  });

  it('reports front matter that is not YAML instead of throwing', () => {
    const shape = readDraftShape('---\nkind: [\n---\nHi');
    assert.match(shape.frontMatter!.error!, /not valid YAML/);
  });

  it('handles CRLF and a draft with no structure', () => {
    const text = 'Hi Dana,\r\n\r\nA line.\r\n\r\nThanks,\r\nSam';
    const shape = readDraftShape(text);
    assert.equal(slice(text, shape.closing), 'Thanks,');
    assert.equal(slice(text, shape.signature), 'Sam');
    assert.deepEqual(readDraftShape('').ignored, []);
  });

  it('takes a sign-off only when what follows it is a signature, not paragraphs of prose', () => {
    const letter = 'Dana,\n\nThank you.\n\nI am grateful for all the guidance you have given me over the years at the museum.\n\nI wish you the very best.\n\nSam';
    assert.equal(readDraftShape(letter).closing, undefined);
    const signed = 'Hi Dana,\n\nA line.\n\nThank you.\n\nSam Ortiz\nScience writer | Leeds Museum | sam@example.com';
    assert.equal(slice(signed, readDraftShape(signed).closing), 'Thank you.');
  });

  it('takes thanks for taking the time to read as a sign-off, with the links below it as the signature', () => {
    const text = 'Hi Dana,\n\nA line.\n\nThank you for taking the time to read this,\nSam\n\n[Portfolio](https://sam.example.com) | [CV](https://files.example.com/sam-cv.pdf)';
    const shape = readDraftShape(text);
    assert.equal(slice(text, shape.closing), 'Thank you for taking the time to read this,');
    assert.equal(slice(text, shape.signature), 'Sam\n\n[Portfolio](https://sam.example.com) | [CV](https://files.example.com/sam-cv.pdf)');
  });
});

describe('draft shape after an edit', () => {
  const RUNS = Number(process.env.OUTREACH_PROPERTY_RUNS ?? 1000);
  const line = fc.constantFrom(
    'Hi Dana,',
    'A line of the body.',
    'On Tue, 4 Nov 2025 at 10:00, Dana wrote:',
    'Dana WROTE:',
    '-----Original Message-----',
    '---------- Forwarded message ----------',
    '-- ',
    '> quoted',
    'Best,',
    'Sam',
    '',
  );
  const piece = fc.oneof(line, fc.constantFrom('\n', '\r\n', 'wrote:', '--', 'On Monday, Sam ', ' ', 'x'));
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: piece });

  it('finds the reply line from the lines the edit touched as it does from the whole text', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (lines, edits) => {
        let text = lines.join('\n');
        readDraftShape(text, { remember: true });
        for (const { at, cut, insert } of edits) {
          const start = at % (text.length + 1);
          const next = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + cut));
          const shape = readDraftShape(next, { change: textChange(text, next), remember: true });
          assert.deepEqual(shape, readDraftShape(next), JSON.stringify(next));
          text = next;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a postscript under the signature', () => {
  const slice = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

  for (const marker of ['P.S.', 'PS:', 'P.S', 'PS', 'P.P.S.', 'p.s.']) {
    it(`is prose, not signature, after "${marker}"`, () => {
      const draft = `Hi Dana,\n\nI read your piece on hiring.\n\nBest,\nSam Ortiz\nNurse, Carely\n\n${marker} Happy to talk by phone if that is easier.\n`;
      const shape = readDraftShape(draft);
      assert.equal(slice(draft, shape.signature), 'Sam Ortiz\nNurse, Carely');
      assert.ok(!maskIgnored(draft, shape.ignored).includes('Sam Ortiz'));
      assert.ok(maskIgnored(draft, shape.ignored).includes('Happy to talk by phone'));
      assert.equal(slice(draft, shape.closing), 'Best,');
    });
  }

  it('leaves a signature line that only starts like one alone', () => {
    const draft = `Hi Dana,\n\nI read your piece on hiring.\n\nBest,\nSam Ortiz\nPsychology student\n`;
    assert.equal(slice(draft, readDraftShape(draft).signature), 'Sam Ortiz\nPsychology student');
  });
});
