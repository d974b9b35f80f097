import assert from 'node:assert/strict';
import { configCandidates, findConfig, findConfigSync, lint, mergeConfigs, parentFolder, parseConfigFile, toPlainData } from '../../src/core/index.js';
import { FLAGGED_REQUEST } from './drafts.js';

/** An in-memory file system for the core's injected reader. */
const filesystem = (files: Record<string, string>) => (path: string) => files[path];

describe('config (core)', () => {
  it('looks in each folder, nearest first, in the one documented order, then refuses JavaScript', () => {
    const names = [...configCandidates('/home/a/drafts', '/home/a')].map((path) => path.slice(path.lastIndexOf('/') + 1));
    assert.deepEqual(names.slice(0, 8), ['.outreachrc.json', '.outreachrc.yaml', '.outreachrc.yml', '.outreachrc', 'package.json', '.outreachrc.js', '.outreachrc.cjs', '.outreachrc.mjs']);
    assert.equal(names.length, 16, 'stops at /home/a');
  });

  it('finds the nearest file; a package.json without "outreach" does not count', () => {
    const read = filesystem({
      '/w/team/package.json': '{"name":"x"}',
      '/w/.outreachrc.yaml': 'rules:\n  time-ask: off\n',
      '/w/team/.outreachrc': '{"rules":{"gratitude":"off"}}',
    });
    assert.equal(findConfigSync('/w/team/drafts', read).path, '/w/team/.outreachrc');
    assert.deepEqual(findConfigSync('/w/other', read).config, { rules: { 'time-ask': 'off' } });
    assert.deepEqual(findConfigSync('/elsewhere', read), { problems: [] });
  });

  it('reads the same through an asynchronous reader', async () => {
    const read = async (path: string) => (path === '/w/.outreachrc.json' ? '{"kind":"thank-you"}' : undefined);
    assert.deepEqual((await findConfig('/w/a/b', read)).config, { kind: 'thank-you' });
  });

  it('names the file in typed problems, and reports an unreadable one', () => {
    const found = findConfigSync('/w', filesystem({ '/w/.outreachrc.json': '{"rules":{"nope":"off"}}' }));
    assert.deepEqual(found.problems, [{ origin: 'file', path: '/w/.outreachrc.json', message: 'unknown rule "nope"' }]);
    const failing = findConfigSync('/w', (path) => {
      if (path.endsWith('.outreachrc.json')) throw new Error('EACCES');
      return undefined;
    });
    assert.match(failing.problems[0].message, /cannot read the config \(EACCES\)/);
  });

  it('refuses JavaScript configs without reading them', () => {
    const found = findConfigSync('/w', filesystem({ '/w/.outreachrc.cjs': 'module.exports = { rules: {} }' }));
    assert.equal(found.config, undefined);
    assert.match(found.problems[0].message, /JavaScript config files are never run/);
  });

  it('parses JSON with a BOM, limits size and YAML aliases', () => {
    assert.deepEqual(parseConfigFile('.outreachrc.json', '\ufeff{"kind":"request"}').config, { kind: 'request' });
    assert.match(parseConfigFile('.outreachrc.json', ' '.repeat(300 * 1024)).problem ?? '', /larger than 256 KB/);
    const aliases = `a: &a x\nb: [${Array.from({ length: 60 }, () => '*a').join(', ')}]\n`;
    assert.match(parseConfigFile('.outreachrc.yaml', aliases).problem ?? '', /aliases/);
  });

  it('walks Windows and POSIX paths up to the root', () => {
    assert.equal(parentFolder('C:\\Users\\sam'), 'C:\\Users');
    assert.equal(parentFolder('C:\\Users'), 'C:\\');
    assert.equal(parentFolder('C:\\'), undefined);
    assert.equal(parentFolder('/home'), '/');
    assert.equal(parentFolder('/'), undefined);
  });

  it('copies values into bounded plain data: getters are not called, cycles cut, keys kept as keys', () => {
    let called = false;
    const tricky = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    Object.defineProperty(tricky, 'lazy', { enumerable: true, get: () => ((called = true), 1) });
    const { data, problems } = toPlainData(tricky);
    assert.equal(called, false);
    assert.deepEqual(Object.keys(data as object), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.match(problems[0], /lazy: a getter/);
  });

  it('merges settings and file rule by rule, the file winning', () => {
    const merged = mergeConfigs({ rules: { 'time-ask': { maxMinutes: 20, severity: 'info' }, gratitude: 'off' } }, { rules: { 'time-ask': 'error' } });
    assert.deepEqual(merged, { rules: { 'time-ask': { maxMinutes: 20, severity: 'error' }, gratitude: 'off' } });
  });

  it('types lint() problems by origin', () => {
    const result = lint(`---\nkind: letter\n---\n${FLAGGED_REQUEST}`, { config: { rules: { nope: 'off' } } });
    assert.deepEqual(result.problems.map((problem) => problem.origin).sort(), ['front-matter', 'settings']);
    assert.deepEqual(result.configProblems, result.problems.map((problem) => problem.message));
  });
});
