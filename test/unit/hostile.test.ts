import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { findConfigSync, lint, resolveConfig, RULES, setCacheLimit, cacheBytes } from '../../src/core/index.js';
import { ConfigFinder } from '../../src/server/config.js';
import { FLAGGED_REQUEST, GOOD_REQUEST } from './drafts.js';

/**
 * Hostile input, one case per finding of the review that asked for one safe config path,
 * bounded memory and a careful CLI: workspace code, alias bombs, symlink loops, FIFOs,
 * binary and mis-encoded files, configs built to crash the lint.
 */
const BIN = resolve(__dirname, '../../bin/outreach-lint.js');
const cli = (cwd: string, args: string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
};
const jsonReport = (stdout: string) => JSON.parse(stdout) as { path?: string; complete: boolean; messages: { ruleId: string; fatal?: boolean }[] }[];
const ruleIds = (file: { messages: { ruleId: string }[] }) => file.messages.map((message) => message.ruleId).sort();

/** A YAML alias bomb: each level lists the one before ten times (10^levels leaves from a few hundred bytes). */
function aliasBomb(levels: number, indent = ''): string {
  const lines = [`${indent}a0: &a0 [x, x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i <= levels; i++) lines.push(`${indent}a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** The same bomb as a JavaScript object: shared references, as a YAML parser builds them. */
function sharedBomb(levels: number): unknown {
  let node: unknown = ['x'];
  for (let i = 0; i < levels; i++) node = Array.from({ length: 10 }, () => node);
  return node;
}

describe('hostile input', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outreach-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('1. no workspace code runs', () => {
    for (const name of ['.outreachrc.js', '.outreachrc.cjs', '.outreachrc.mjs']) {
      it(`never runs ${name}, and says JavaScript configs are not read`, () => {
        const marker = join(dir, 'ran');
        const code = name.endsWith('.mjs')
          ? `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default {};`
          : `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};`;
        writeFileSync(join(dir, name), code);
        writeFileSync(join(dir, 'draft.txt'), GOOD_REQUEST);
        const fromFile = cli(dir, ['draft.txt']);
        const fromStdin = cli(dir, [], GOOD_REQUEST);
        assert.equal(existsSync(marker), false, 'the config file ran');
        for (const run of [fromFile, fromStdin]) {
          assert.equal(run.code, 2, run.stderr);
          assert.match(run.stderr, new RegExp(`${name.replace(/\./g, '\\.')}: JavaScript config files are never run`));
        }
      });
    }
  });

  describe('2. memory stays bounded while editing', () => {
    it('keeps the parse cache under its byte limit and the heap flat over many edits of a long paragraph', () => {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      const sentence = 'I would love to hear how you moved into product work and what mattered most along the way. ';
      const paragraph = sentence.repeat(Math.ceil(26_000 / sentence.length));
      const edit = (i: number) => `Hi Dana,\n\n${paragraph.slice(0, 13_000)}word${i} ${paragraph.slice(13_000)}\n\nBest,\nSam`;
      lint(edit(0), { budgetMs: Infinity });
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 1; i <= 150; i++) lint(edit(i), { budgetMs: Infinity });
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      // Before the fix each such edit kept about 1.2 MB: 150 edits grew the heap by some 180 MB.
      assert.ok(grown < 60 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(0)} MB`);
      assert.ok(cacheBytes() <= 32 * 1024 * 1024, `cache holds ${cacheBytes()} bytes`);
    });

    it('drops the paragraph an edit replaced, and keeps the blocks of another draft', () => {
      const paragraphs = (tag: string) => Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the ${tag} draft, with a few more words in it.`).join('\n\n');
      const first = paragraphs('first');
      const second = paragraphs('second');
      lint(first, { budgetMs: Infinity });
      lint(second, { budgetMs: Infinity });
      const both = cacheBytes();
      // Back to the first draft: nothing is parsed again, so nothing is added.
      lint(first, { budgetMs: Infinity });
      assert.equal(cacheBytes(), both);
      // Typing in it: each keystroke's paragraph replaces the one before it in the cache, so
      // it holds one version of the paragraph (a longer one now), not fifty.
      for (let i = 0; i < 50; i++) lint(first.replace('Paragraph 7 ', `Paragraph 7 and ${'x'.repeat(i)} `), { budgetMs: Infinity });
      const growth = cacheBytes() - both;
      assert.ok(growth < 16 * 1024, `the cache grew by ${growth} bytes over 50 edits of one paragraph`);
    });

    it('honours a smaller cache limit', () => {
      setCacheLimit(1024 * 1024);
      try {
        for (let i = 0; i < 40; i++) lint(`${GOOD_REQUEST}\n\n${'Another paragraph of text here. '.repeat(200)}${i}`, { budgetMs: Infinity });
        assert.ok(cacheBytes() <= 1024 * 1024, `cache holds ${cacheBytes()} bytes`);
      } finally {
        setCacheLimit(32 * 1024 * 1024);
      }
    });
  });

  describe('3. YAML alias bombs', () => {
    it('front matter: short problems, no throw, one level more too', () => {
      for (const levels of [8, 9]) {
        const draft = `---\n${aliasBomb(levels)}\nkind: *a${levels}\n---\n${GOOD_REQUEST}`;
        const result = lint(draft);
        assert.ok(result.configProblems.length > 0);
        for (const problem of result.problems) {
          assert.equal(problem.origin, 'front-matter');
          assert.ok(problem.message.length < 300, `${problem.message.length} characters`);
        }
      }
    });

    it('a bomb passed as a config object is neither expanded nor serialized', () => {
      const result = lint(GOOD_REQUEST, { config: { rules: { 'no-job-request': { phrases: sharedBomb(9) } } } });
      assert.ok(result.configProblems.some((problem) => /not used/.test(problem)), result.configProblems.join('\n'));
      assert.ok(result.configProblems.every((problem) => problem.length < 300));
    });

    it('a bomb in .outreachrc.yaml: the CLI and the server say so in one short line and lint with the defaults', () => {
      writeFileSync(join(dir, '.outreachrc.yaml'), `${aliasBomb(9)}\nrules:\n  no-job-request:\n    phrases: *a9\n`);
      writeFileSync(join(dir, 'draft.txt'), FLAGGED_REQUEST);
      const run = cli(dir, ['--format', 'json', 'draft.txt']);
      assert.equal(run.code, 2);
      assert.ok(run.stderr.length < 1000, `${run.stderr.length} characters on stderr`);
      assert.ok(ruleIds(jsonReport(run.stdout)[0]).includes('no-job-request'));
      const found = new ConfigFinder().forFile(join(dir, 'draft.txt'));
      assert.equal(found.config, undefined);
      assert.match(found.problem ?? '', /aliases/);
    });
  });

  describe('4. the CLI walk', () => {
    it('lints each real file once through a symlink loop', () => {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.txt'), GOOD_REQUEST);
      writeFileSync(join(dir, 'sub', 'b.txt'), GOOD_REQUEST);
      symlinkSync('..', join(dir, 'sub', 'up'));
      symlinkSync('..', join(dir, 'sub', 'again'));
      symlinkSync('a.txt', join(dir, 'alias.txt'));
      const run = cli(dir, ['--format', 'json', '.']);
      assert.equal(run.timedOut, false);
      assert.deepEqual(jsonReport(run.stdout).map((file) => file.path).sort(), ['a.txt', 'sub/b.txt']);
    });

    it('skips a FIFO named like a draft instead of waiting on it forever', function () {
      const made = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
      if (made.status !== 0) this.skip();
      writeFileSync(join(dir, 'a.txt'), GOOD_REQUEST);
      const run = cli(dir, ['--format', 'json', '.']);
      assert.equal(run.timedOut, false, 'the CLI hung');
      assert.deepEqual(jsonReport(run.stdout).map((file) => file.path), ['a.txt']);
      assert.match(run.stderr, /pipe\.md: not a regular file/);
    });
  });

  describe('5. budgets are honest', () => {
    it('the CLI lints a long stdin draft completely by default, the same every time', () => {
      const long = Array.from({ length: 400 }, (_, i) => FLAGGED_REQUEST.replace('Dana', `Dana${i}`)).join('\n\n');
      const first = jsonReport(cli(dir, ['--format', 'json'], long).stdout)[0];
      const second = jsonReport(cli(dir, ['--format', 'json'], long).stdout)[0];
      assert.equal(first.complete, true);
      assert.equal(first.messages.length, second.messages.length);
    });

    it('--budget cuts a draft short and says so, in JSON and in text', () => {
      const long = Array.from({ length: 400 }, (_, i) => FLAGGED_REQUEST.replace('Dana', `Dana${i}`)).join('\n\n');
      const json = cli(dir, ['--format', 'json', '--budget', '1'], long);
      assert.equal(jsonReport(json.stdout)[0].complete, false);
      const text = cli(dir, ['--budget', '1'], long);
      assert.match(text.stderr, /<stdin>: checked only the start: the --budget of 1 ms ran out/);
    });

    it('checks the budget inside one long paragraph', () => {
      const words = 'I would love to learn how you moved into product work and what mattered most. ';
      const paragraph = words.repeat(Math.ceil(100_000 / words.length));
      assert.equal(lint(paragraph, { budgetMs: 1 }).complete, false);
    });
  });

  describe('6. no config value kills the lint', () => {
    const nested = (depth: number) => '{"rules":'.repeat(depth) + '{}' + '}'.repeat(depth);

    it('a 20,000-level .outreachrc.json: the CLI names it and lints with the defaults', () => {
      writeFileSync(join(dir, '.outreachrc.json'), nested(20_000));
      writeFileSync(join(dir, 'draft.txt'), FLAGGED_REQUEST);
      const run = cli(dir, ['--format', 'json', 'draft.txt']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.outreachrc\.json: .*nested more than/);
      assert.equal(jsonReport(run.stdout)[0].messages.length, 5);
    });

    it('cyclic, BigInt, getter, proxy and deep configs: lint() and resolveConfig() report and go on', () => {
      const cyclic: Record<string, unknown> = { rules: {} };
      (cyclic.rules as Record<string, unknown>).self = cyclic;
      const getter = { rules: { get 'time-ask'() { throw new Error('boom'); } } };
      const proxy = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
      let deep: unknown = {};
      for (let i = 0; i < 20_000; i++) deep = { rules: deep };
      const configs = [cyclic, { rules: { 'time-ask': { maxMinutes: 10n } } }, getter, proxy, deep, { rules: { 'time-ask': 'off' }, kind: Symbol('x') }];
      for (const config of configs) {
        assert.doesNotThrow(() => resolveConfig(config, RULES));
        const result = lint(FLAGGED_REQUEST, { config });
        assert.ok(result.configProblems.length > 0, 'a problem is reported');
        assert.ok(result.problems.every((problem) => problem.origin === 'settings'));
      }
    });
  });

  describe('7. one config path for CLI, server and core', () => {
    it('a YAML .outreachrc applies in the CLI as in the server', () => {
      writeFileSync(join(dir, '.outreachrc'), 'rules:\n  time-ask: off\n');
      writeFileSync(join(dir, 'draft.txt'), FLAGGED_REQUEST);
      const run = cli(dir, ['--format', 'json', 'draft.txt']);
      assert.equal(run.code, 1, run.stderr);
      assert.ok(!ruleIds(jsonReport(run.stdout)[0]).includes('time-ask'));
      assert.deepEqual(new ConfigFinder().forFile(join(dir, 'draft.txt')).config, { rules: { 'time-ask': 'off' } });
    });

    it('with .outreachrc and .outreachrc.json, everyone picks .outreachrc.json', () => {
      writeFileSync(join(dir, '.outreachrc'), 'rules:\n  no-job-request: off\n');
      writeFileSync(join(dir, '.outreachrc.json'), JSON.stringify({ rules: { 'time-ask': 'off' } }));
      writeFileSync(join(dir, 'draft.txt'), FLAGGED_REQUEST);
      const ids = ruleIds(jsonReport(cli(dir, ['--format', 'json', 'draft.txt']).stdout)[0]);
      assert.ok(!ids.includes('time-ask') && ids.includes('no-job-request'), ids.join(', '));
      assert.equal(new ConfigFinder().forFile(join(dir, 'draft.txt')).path, join(dir, '.outreachrc.json'));
      const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
      assert.equal(findConfigSync(dir, readText).path, join(dir, '.outreachrc.json'));
    });
  });

  describe('9. smaller', () => {
    it('refuses inherited keys such as toString or constructor as rule options', () => {
      const { problems } = resolveConfig({ rules: { 'time-ask': { toString: 5, constructor: 1 } } }, RULES);
      assert.equal(problems.length, 2);
      assert.match(problems[0].message, /unknown option "toString"/);
    });

    it('skips binary files and says so', () => {
      writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)));
      const run = cli(dir, ['--format', 'json', 'noise.txt']);
      assert.deepEqual(jsonReport(run.stdout), []);
      assert.match(run.stderr, /noise\.txt: a binary file/);
    });

    it('reads UTF-16 with a BOM, and warns on Latin-1', () => {
      writeFileSync(join(dir, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FLAGGED_REQUEST, 'utf16le')]));
      writeFileSync(join(dir, 'latin.txt'), Buffer.from(`${FLAGGED_REQUEST}Caf\u00e9\n`, 'latin1'));
      const run = cli(dir, ['--format', 'json', 'wide.txt', 'latin.txt']);
      const [wide, latin] = jsonReport(run.stdout);
      assert.ok(ruleIds(wide).includes('no-job-request'));
      assert.ok(ruleIds(latin).includes('no-job-request'));
      assert.match(run.stderr, /latin\.txt: is not valid UTF-8/);
      assert.doesNotMatch(run.stderr, /wide\.txt/);
    });

    it('stops quietly when the reader of its output goes away (| head)', () => {
      writeFileSync(join(dir, 'long.txt'), Array.from({ length: 300 }, () => FLAGGED_REQUEST).join('\n\n'));
      const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --format json long.txt | head -c 100`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(piped.stdout.length, 100);
      assert.equal(piped.stderr, '');
    });

    it('exits 2, not 1, for a file it cannot read', () => {
      writeFileSync(join(dir, 'good.txt'), GOOD_REQUEST);
      const run = cli(dir, ['good.txt', 'missing.txt']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /missing\.txt: no such file or folder/);
    });

    it('accepts a BOM in .outreachrc.json', () => {
      writeFileSync(join(dir, '.outreachrc.json'), `\ufeff${JSON.stringify({ rules: { 'time-ask': 'off' } })}`);
      writeFileSync(join(dir, 'draft.txt'), FLAGGED_REQUEST);
      const run = cli(dir, ['--format', 'json', 'draft.txt']);
      assert.equal(run.stderr, '');
      assert.ok(!ruleIds(jsonReport(run.stdout)[0]).includes('time-ask'));
    });

    it('reads U+2028 and U+2029 as line ends', () => {
      for (const separator of ['\u2028', '\u2029']) {
        const draft = FLAGGED_REQUEST.replace(/\n/g, separator);
        const result = lint(draft);
        assert.deepEqual(result.diagnostics.map((d) => d.ruleId).sort(), lint(FLAGGED_REQUEST).diagnostics.map((d) => d.ruleId).sort());
        // Lines a fix inserts end the way the draft's lines do.
        const inserted = result.diagnostics.find((d) => d.ruleId === 'time-ask')!.fixes[0].edits[0].newText;
        assert.ok(inserted.includes(separator) && !/[\r\n]/.test(inserted), JSON.stringify(inserted));
      }
    });
  });
});
