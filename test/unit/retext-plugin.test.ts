import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root as NlcstRoot } from 'nlcst';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import remarkStringify from 'remark-stringify';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import ts from 'typescript';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
// The built plugin, through the package's own `exports` (self-reference): its types come
// from dist/retext/index.d.mts, and tsx runs this file as CommonJS, so at run time it is
// dist/retext/index.cjs, whose module.exports is the plugin.
import retextOutreach, { type Options } from 'outreach-linter/retext';
import CommonJsPlugin = require('outreach-linter/retext');
import { lint, type Diagnostic, type LintOptions, type OutreachConfig } from '../../src/core/index.js';
import { scanBundle } from './bundle-scan.js';
import { FLAGGED_REQUEST, GOOD_REQUEST } from './drafts.js';

/** The tests run on the built files (npm test builds first), as a user of the package gets them. */
const ROOT = resolve(__dirname, '../..');
const REPOSITORY: string = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).repository.url;

// The published options type and lint()'s config type must stay the same type.
const toOptions = (config: OutreachConfig): Options => config;
const toConfig = (options: Options): OutreachConfig => options;
const commonJsOptions = (options: CommonJsPlugin.Options): Options => options;
const commonJsDefault: typeof retextOutreach = CommonJsPlugin.default;
const sameAsModule: typeof retextOutreach = CommonJsPlugin;
void [toOptions, toConfig, commonJsOptions, commonJsDefault, sameAsModule];

/** What a message says, in plain data: what is compared with lint() and across module systems. */
interface Said {
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  start?: { line: number; column: number; offset?: number };
  end?: { line: number; column: number; offset?: number };
  actual?: string;
  expected?: string[];
  note?: string;
  url?: string;
  reason: string;
}

/** The same projection as SAY_SOURCE below, which runs in a child process. */
const said = (message: VFileMessage): Said =>
  JSON.parse(
    JSON.stringify({
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal,
      start: message.place && 'start' in message.place ? message.place.start : undefined,
      end: message.place && 'end' in message.place ? message.place.end : undefined,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      url: message.url,
      reason: message.reason,
    }),
  );
const SAY_SOURCE = `(m) => ({ ruleId: m.ruleId, source: m.source, fatal: m.fatal, start: m.place && m.place.start, end: m.place && m.place.end, actual: m.actual, expected: m.expected, note: m.note, url: m.url, reason: m.reason })`;

const FATAL = { error: true, warning: false, info: undefined } as const;

/** What the plugin should say for each of lint()'s findings: same rule, words, severity, note and reason. */
const fromLint = (text: string, options: LintOptions): Said[] =>
  lint(text, { budgetMs: Infinity, ...options }).diagnostics.map((diagnostic: Diagnostic) =>
    // Through JSON, as `said` does: an unset field is left out.
    JSON.parse(
      JSON.stringify({
        ruleId: diagnostic.ruleId,
        source: 'outreach-linter',
        fatal: FATAL[diagnostic.severity],
        start: { line: diagnostic.line, column: diagnostic.column, offset: diagnostic.start },
        end: { line: diagnostic.endLine, column: diagnostic.endColumn, offset: diagnostic.end },
        actual: diagnostic.actual,
        note: diagnostic.note,
        url: `${REPOSITORY}/blob/HEAD/docs/rules/${diagnostic.ruleId}.md`,
        reason: diagnostic.message,
      }),
    ),
  );

/** Every field but `expected`, which the plugin derives from the fixes (tested on its own). */
const withoutExpected = (messages: Said[]): Said[] => messages.map(({ expected: _expected, ...rest }) => rest);
const ours = (file: VFile): Said[] => file.messages.filter((message) => message.source === 'outreach-linter').map(said);

/** Runs a processor with no compiler to the end of its transforms. */
async function check(processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> }, file: VFile): Promise<VFile> {
  await processor.run(processor.parse(file) as never, file);
  return file;
}

/** Runs a script in a new Node process in the package root, as a user's own code would run. */
function node(args: string[], script: string): { said: Said[]; stderr: string } {
  const result = spawnSync(process.execPath, [...args, '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return { said: JSON.parse(result.stdout), stderr: result.stderr };
}

describe('outreach-linter/retext (the rules as a retext plugin)', function () {
  // Child processes load the bundle and unified; slow on a busy machine.
  this.timeout(60_000);

  it('resolves through the package exports: CommonJS for require, an ES module for import, and the old deep paths', () => {
    assert.equal(require.resolve('outreach-linter/retext'), resolve(ROOT, 'dist/retext/index.cjs'));
    assert.equal(require.resolve('outreach-linter/dist/core.js'), resolve(ROOT, 'dist/core.js'));
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', `process.stdout.write(import.meta.resolve('outreach-linter/retext'))`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(imported.stdout, new URL('dist/retext/index.mjs', `file://${ROOT}/`).href, imported.stderr);
  });

  it('is the plugin itself under require(), with .default the same function', () => {
    assert.equal(typeof CommonJsPlugin, 'function');
    assert.equal(CommonJsPlugin.default, CommonJsPlugin);
    // The ES-module import in this file compiles to the same require().
    assert.equal(retextOutreach, CommonJsPlugin);
  });

  it('adds the same findings as lint(): rule ids, places, severities, notes and rule pages', async () => {
    const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(FLAGGED_REQUEST));
    const expected = fromLint(FLAGGED_REQUEST, { format: 'plaintext' });
    assert.deepEqual(expected.map((message) => message.ruleId).sort(), ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'no-job-request', 'time-ask']);
    assert.deepEqual(withoutExpected(ours(file)), withoutExpected(expected));
    const job = file.messages.find((message) => message.ruleId === 'no-job-request')!;
    assert.equal(job.fatal, true);
    assert.equal(job.actual, 'Are you hiring');
    assert.equal(FLAGGED_REQUEST.slice(job.place && 'start' in job.place ? job.place.start.offset : -1, job.place && 'end' in job.place ? job.place.end.offset : -1), 'Are you hiring');
  });

  it('says nothing about a good request, and nothing else is added to the file', async () => {
    const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(GOOD_REQUEST));
    assert.deepEqual(file.messages.map(said), []);
  });

  it('runs on the ES module build in a new process (import), as the README shows it', () => {
    const script = `
      import { unified } from 'unified';
      import retextEnglish from 'retext-english';
      import retextStringify from 'retext-stringify';
      import retextOutreach from 'outreach-linter/retext';
      const file = await unified()
        .use(retextEnglish)
        .use(retextOutreach, { rules: { 'no-desperate-tone': 'off' } })
        .use(retextStringify)
        .process(${JSON.stringify(FLAGGED_REQUEST)});
      process.stdout.write(JSON.stringify(file.messages.map(${SAY_SOURCE})));`;
    const { said: messages } = node(['--input-type=module'], script);
    const expected = fromLint(FLAGGED_REQUEST, { format: 'plaintext', config: { rules: { 'no-desperate-tone': 'off' } } });
    assert.deepEqual(withoutExpected(messages), withoutExpected(expected));
    assert.ok(!messages.some((message) => message.ruleId === 'no-desperate-tone'));
  });

  it('runs on the CommonJS build in a new process (require)', () => {
    // unified is an ES module; Node 20.19 and later require() it.
    const script = `
      const { unified } = require('unified');
      const retextEnglish = require('retext-english').default;
      const retextOutreach = require('outreach-linter/retext');
      const { VFile } = require('vfile');
      const file = new VFile(${JSON.stringify(FLAGGED_REQUEST)});
      const processor = unified().use(retextEnglish).use(retextOutreach, { kind: 'thank-you' });
      processor.run(processor.parse(file), file).then(() => process.stdout.write(JSON.stringify(file.messages.map(${SAY_SOURCE}))));`;
    const { said: messages } = node(['--no-warnings'], script);
    const expected = fromLint(FLAGGED_REQUEST, { format: 'plaintext', config: { kind: 'thank-you' } });
    assert.ok(expected.length > 0);
    assert.deepEqual(withoutExpected(messages), withoutExpected(expected));
  });

  it('runs beside retext-spell in one pipeline, each plugin saying its own', async () => {
    const text = 'Hi Dana,\n\nI am a nurse and would love to lern how you moved into product work. Are you hiring?\n\nThanks,\nSam\n';
    const alone = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(text));
    // dictionary-en reads its files with a top-level await, so it cannot be require()d.
    const { default: dictionary } = await import('dictionary-en');
    const file = await check(unified().use(retextEnglish).use(retextSpell, { dictionary, ignore: ['Dana'] }).use(retextOutreach), new VFile(text));
    const spelling = file.messages.filter((message) => message.source === 'retext-spell');
    assert.deepEqual(spelling.map((message) => message.actual), ['lern']);
    assert.ok(ours(file).some((message) => message.ruleId === 'no-job-request'));
    assert.deepEqual(ours(file), ours(alone));
  });

  it('works with the retext preset (its Latin-script parser)', async () => {
    const file = await retext().use(retextOutreach).process(FLAGGED_REQUEST);
    assert.deepEqual(withoutExpected(ours(file)), withoutExpected(fromLint(FLAGGED_REQUEST, { format: 'plaintext' })));
    assert.equal(String(file), FLAGGED_REQUEST);
  });

  describe('under remark (remark-retext)', () => {
    const MARKDOWN = `---
to: Dana Reyes
---

Hi Dana,

I read your article on *moving from nursing into product work*, and I'd love to [learn more](https://example.com/article) about it.
Are you hiring for your team?

\`\`\`
Are you hiring? (a line I decided not to send)
\`\`\`

Thanks,
Sam
`;
    it('reads the file as markdown: findings at the same places as lint() with format markdown', async () => {
      // As the README shows it. remark-retext's types take only a processor with no
      // transforms yet (one with retext-spell fails them the same way), hence the cast.
      const file = await unified()
        .use(remarkParse)
        .use(remarkRetext, unified().use(retextEnglish).use(retextOutreach) as unknown as Processor<NlcstRoot>)
        .use(remarkStringify)
        .process(MARKDOWN);
      const expected = fromLint(MARKDOWN, { format: 'markdown' });
      assert.deepEqual(withoutExpected(ours(file)), withoutExpected(expected));
      // The job ask in the paragraph is flagged; the one in the code block is not.
      const jobs = ours(file).filter((message) => message.ruleId === 'no-job-request');
      assert.deepEqual(jobs.map((message) => message.start?.line), [8]);
      assert.equal(MARKDOWN.slice(jobs[0].start?.offset, jobs[0].end?.offset), 'Are you hiring');
    });

    it('differs from reading the same text as plain text, so the format was really chosen', () => {
      const asPlainText = fromLint(MARKDOWN, { format: 'plaintext' }).filter((message) => message.ruleId === 'no-job-request');
      assert.equal(asPlainText.length, 2);
    });

    it('also reads a file named .md as markdown under retext-english alone', async () => {
      const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile({ path: 'note.md', value: MARKDOWN }));
      assert.deepEqual(withoutExpected(ours(file)), withoutExpected(fromLint(MARKDOWN, { format: 'markdown' })));
    });
  });

  describe('options: the config object lint() takes', () => {
    const messagesFor = async (options: unknown, text = FLAGGED_REQUEST) =>
      (await check(unified().use(retextEnglish).use(retextOutreach, options as Options), new VFile(text))).messages.map(said);

    it('turns rules off and sets severities, as in a config file', async () => {
      const messages = await messagesFor({ rules: { 'no-job-request': 'off', 'time-ask': 'error' } });
      assert.ok(!messages.some((message) => message.ruleId === 'no-job-request'));
      assert.equal(messages.find((message) => message.ruleId === 'time-ask')?.fatal, true);
    });

    it('reports config problems as messages (never throws) and uses the valid part', async () => {
      const messages = await messagesFor({ kind: 'cover-letter', rules: { 'no-such-rule': 'off', 'time-ask': 'off' } });
      const problems = messages.filter((message) => message.ruleId === 'outreach-config');
      assert.equal(problems.length, 2);
      assert.match(problems[0].reason, /"kind" must be one of request, .*; got "cover-letter"/);
      assert.match(problems[1].reason, /unknown rule "no-such-rule"/);
      for (const problem of problems) {
        assert.deepEqual([problem.fatal, problem.source, problem.start, problem.url], [true, 'outreach-linter', undefined, `${REPOSITORY}#configuration`]);
      }
      assert.ok(!messages.some((message) => message.ruleId === 'time-ask'));
      assert.ok(messages.some((message) => message.ruleId === 'no-job-request'));
    });

    it('reports options that are not a config object', async () => {
      for (const options of ['strict', [1, 2], 42]) {
        const messages = await messagesFor(options);
        assert.deepEqual(
          messages.filter((message) => message.ruleId === 'outreach-config').map((message) => message.reason),
          ['the config must be an object such as { "rules": { … } }'],
          `options ${JSON.stringify(options)}`,
        );
        assert.ok(messages.some((message) => message.ruleId === 'no-job-request'));
      }
    });

    it('takes no options as the defaults', async () => {
      assert.deepEqual(await messagesFor(undefined), await messagesFor(null));
      assert.deepEqual(withoutExpected(await messagesFor(undefined)), withoutExpected(fromLint(FLAGGED_REQUEST, { format: 'plaintext' })));
    });

    it('reports a problem in the draft front matter under its own rule id', async () => {
      const messages = await messagesFor(undefined, `---\nkind: cover-letter\n---\n${FLAGGED_REQUEST}`);
      const problem = messages.find((message) => message.ruleId === 'outreach-front-matter');
      assert.match(problem?.reason ?? '', /front matter "kind" must be one of/);
      assert.equal(problem?.url, `${REPOSITORY}#the-front-matter`);
    });
  });

  describe('expected: what should stand instead of the words', () => {
    const text = 'Hi Dana,\n\nCould I pick your brain about product work over a 20-minute call? I am happy to fit around your schedule.\n\nThanks,\nSam\n';

    it("gives the rule's replacement and fixes that rewrite exactly the flagged words, not the clause", async () => {
      const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(text));
      const brain = file.messages.find((message) => message.ruleId === 'no-pick-brain')!;
      assert.equal(brain.actual, 'pick your brain');
      // The clause rewrite (the other fix) would not fit the message's place.
      assert.deepEqual(brain.expected, ['learn from your experience']);
      const diagnostic = lint(text, { budgetMs: Infinity }).diagnostics.find((found) => found.ruleId === 'no-pick-brain')!;
      assert.ok(diagnostic.fixes.some((fix) => fix.edits[0].start < diagnostic.start), 'the draft no longer has a clause rewrite to leave out');
    });

    it('gives a missing line as the text to insert at its place, placeholders filled with their defaults', async () => {
      const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(text));
      const objective = file.messages.find((message) => message.ruleId === 'clear-objective')!;
      assert.equal(objective.actual, undefined);
      assert.deepEqual(objective.expected, ["\nI'd especially like to learn [what you want to learn from them].\n"]);
      assert.equal(objective.fatal, undefined);
    });

    it('applied at their places, reproduce the draft the fixes make', async () => {
      const file = await check(unified().use(retextEnglish).use(retextOutreach), new VFile(text));
      const brain = file.messages.find((message) => message.ruleId === 'no-pick-brain')!;
      const place = brain.place as { start: { offset: number }; end: { offset: number } };
      const applied = text.slice(0, place.start.offset) + brain.expected![0] + text.slice(place.end.offset);
      assert.match(applied, /Could I learn from your experience about product work/);
      assert.ok(!lint(applied, { budgetMs: Infinity }).diagnostics.some((found) => found.ruleId === 'no-pick-brain'));
    });
  });

  describe('the built files', () => {
    for (const name of ['index.mjs', 'index.cjs']) {
      it(`dist/retext/${name} uses no Node built-ins or globals, stays off the network and imports nothing`, () => {
        const code = readFileSync(resolve(ROOT, 'dist/retext', name), 'utf8');
        assert.deepEqual(scanBundle(code, name), { builtins: [], nodeGlobals: [], network: [] });
        const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
        const imports = source.statements.filter((statement) => ts.isImportDeclaration(statement)).map((statement) => statement.getText(source));
        assert.deepEqual(imports, []);
      });
    }

    it('are what `npm pack` packs, with the bundles and rule pages, and no sources', () => {
      const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(packed.status, 0, packed.stderr);
      const paths: string[] = JSON.parse(packed.stdout)[0].files.map((file: { path: string }) => file.path);
      const exported = JSON.stringify(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).exports['./retext']);
      for (const target of exported.match(/\.\/dist\/[^"]+/g) ?? []) assert.ok(paths.includes(target.slice(2)), `${target} is not packed`);
      for (const path of ['dist/retext/options.d.ts', 'dist/core.js', 'dist/cli.js', 'bin/outreach-lint.js', 'docs/rules/no-job-request.md', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
        assert.ok(paths.includes(path), `${path} is not packed`);
      }
      assert.deepEqual(paths.filter((path) => /^(src|test|scripts|generated|rules)\/|\.map$/.test(path)), []);
    });

    it('ship their type declarations beside them', () => {
      for (const name of ['index.d.mts', 'index.d.cts', 'options.d.ts']) assert.ok(readFileSync(resolve(ROOT, 'dist/retext', name), 'utf8').length > 100, name);
    });
  });
});
