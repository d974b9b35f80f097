import assert from 'node:assert/strict';
import { expandSnippet, lint, type MessageKind } from '../../src/core/index.js';
import snippets from '../../snippets/outreach.json';
import { TEMPLATES } from '../../src/extension/templates.js';
import { KNOWN_CORE_FINDINGS } from '../vscode/suite/snippet-expectations.js';

const SNIPPETS = snippets as Record<string, { prefix: string[]; description: string; body: string[] }>;
const LINKEDIN_NOTE_LIMIT = 300;

/** Every snippet expanded with its default placeholders, as a writer would first see it. */
const expanded = (name: string) => expandSnippet(SNIPPETS[name].body.join('\n'));
const serious = (text: string, format: 'markdown' | 'plaintext', kind?: MessageKind) =>
  lint(text, { format, kind })
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => d.ruleId)
    .sort();

describe('snippets', () => {
  it('cover every message the guides describe, plus a bank of questions', () => {
    assert.deepEqual(Object.keys(SNIPPETS), [
      'Outreach: cold request',
      'Outreach: request via referral',
      'Outreach: LinkedIn note',
      'Outreach: introduction request',
      'Outreach: thank-you note',
      'Outreach: nudge after no reply',
      'Outreach: report back to referrer',
      'Outreach: six-month keep-in-touch',
      'Outreach: good-news note',
      'Outreach: bank of good questions',
    ]);
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      assert.ok(snippet.prefix.every((prefix) => prefix.startsWith('outreach-')), name);
      assert.ok(snippet.description.length > 0, name);
    }
  });

  /** What a writer types over each field: a real value, not a bracketed placeholder. */
  const filled = (name: string) => expanded(name).replace(/\[[^\]\n]*\]/g, 'Northwind');

  for (const name of Object.keys(SNIPPETS)) {
    for (const format of ['plaintext', 'markdown'] as const) {
      const known = KNOWN_CORE_FINDINGS[name];
      it(`${format}: "${name}" cannot be sent with its placeholders, and is clean once they are filled${known ? ' (but a known core issue)' : ''}`, () => {
        const text = expanded(name);
        assert.doesNotMatch(text, /\$\{?\d/, 'every placeholder expanded');
        const unfilled = serious(text, format);
        assert.ok(unfilled.includes('unfilled-placeholder'), 'a field left as it is gets an error');
        assert.deepEqual(unfilled.filter((id) => id !== 'unfilled-placeholder'), known?.findings ?? []);
        assert.deepEqual(serious(filled(name), format), known?.findings ?? [], known ? `known core issue: ${known.why}` : undefined);
      });
    }
  }

  it('has one distinct prefix per snippet', () => {
    const prefixes = Object.values(SNIPPETS).flatMap((snippet) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.ok(Object.values(SNIPPETS).every((snippet) => snippet.prefix.length === 1));
  });

  it('each message snippet, filled in, is clean when linted as the kind it was written for, and is read as that kind', () => {
    for (const { name, kind } of TEMPLATES) {
      if (!kind) continue;
      assert.deepEqual(serious(filled(name), 'plaintext', kind), [], name);
      assert.equal(lint(expanded(name)).kind, kind, `${name} is read as another kind`);
    }
  });

  it('the LinkedIn note fits in LinkedIn’s 300 characters', () => {
    assert.ok(expanded('Outreach: LinkedIn note').trim().length <= LINKEDIN_NOTE_LIMIT);
  });
});
