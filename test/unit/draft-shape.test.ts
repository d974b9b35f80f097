import assert from 'node:assert/strict';
import { maskIgnored, readDraftShape } from '../../src/core/draft/shape.js';

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

  it('masks what is not prose without moving any offset', () => {
    const shape = readDraftShape(draft);
    const masked = maskIgnored(draft, shape.ignored);
    assert.equal(masked.length, draft.length);
    assert.ok(!masked.includes('Sam Ortiz') && !masked.includes('Earlier') && !masked.includes('dana@example.com'));
    assert.ok(masked.includes('Body text here.') && masked.includes('Best regards,'));
    assert.equal(masked.split('\n').length, draft.split('\n').length);
  });

  it('finds a greeting that shares its line with the body', () => {
    const text = 'Hi [x], Just following up on my note.';
    assert.equal(slice(text, readDraftShape(text).greeting), 'Hi [x],');
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
});
