import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES, ruleDocPath } from '../../src/core/index.js';

/** Every rule has a page, every page has a rule, and the index lists them all. */
const ROOT = resolve(__dirname, '../..');
const DOCS = resolve(ROOT, 'docs/rules');
const INDEX = 'README.md';
const REQUIRED_SECTIONS = ['Why', 'Example', 'Configure'];

const ruleIds = RULES.map((rule) => rule.id);
const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== INDEX);
const read = (name: string) => readFileSync(resolve(DOCS, name), 'utf8');
const headings = (text: string) => [...text.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]);

describe('rule documentation', () => {
  it('every rule has a page at the path its findings link to', () => {
    const missing = ruleIds.filter((id) => !existsSync(resolve(ROOT, ruleDocPath(id))));
    assert.deepEqual(missing, [], `rules without a page: ${missing.join(', ')}`);
  });

  it('every page belongs to a rule', () => {
    const orphans = pages.filter((name) => !ruleIds.includes(name.replace(/\.md$/, '')));
    assert.deepEqual(orphans, [], `pages without a rule: ${orphans.join(', ')}`);
  });

  for (const name of pages) {
    const id = name.replace(/\.md$/, '');
    it(`${name} is titled with its rule id and has the sections ${REQUIRED_SECTIONS.join(', ')}`, () => {
      const text = read(name);
      assert.equal(text.split('\n')[0].trim(), `# ${id}`, `${name} must start with "# ${id}"`);
      const found = headings(text);
      const missing = REQUIRED_SECTIONS.filter((section) => !found.includes(section));
      assert.deepEqual(missing, [], `${name} lacks sections: ${missing.join(', ')}`);
    });
  }

  it('the index table links every rule, and only real rules', () => {
    const rows = read(INDEX)
      .split('\n')
      .filter((line) => line.trimStart().startsWith('|'));
    const linked = rows.flatMap((row) => [...row.matchAll(/\[([a-z0-9-]+)\]\(\1\.md\)/g)].map((match) => match[1]));
    const missing = ruleIds.filter((id) => !linked.includes(id));
    assert.deepEqual(missing, [], `rules missing from the ${INDEX} table: ${missing.join(', ')}`);
    const unknown = linked.filter((id) => !ruleIds.includes(id));
    assert.deepEqual(unknown, [], `${INDEX} table names unknown rules: ${unknown.join(', ')}`);
  });
});
