import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FLAGGED_REQUEST, GOOD_REQUEST, THANK_YOU } from './drafts.js';

/** Runs the built CLI as a real process, as a user would. */
const BIN = resolve(__dirname, '../../bin/outreach-lint.js');
const run = (cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('outreach-lint (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outreach-cli-'));
    writeFileSync(join(dir, 'flagged.email.md'), FLAGGED_REQUEST);
    writeFileSync(join(dir, 'good.txt'), GOOD_REQUEST);
    writeFileSync(join(dir, 'thanks.txt'), THANK_YOU);
    writeFileSync(join(dir, 'notes.js'), 'are you hiring');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with a readable report when a draft has an error', () => {
    const { code, stdout } = run(dir, ['flagged.email.md']);
    assert.equal(code, 1);
    assert.match(stdout, /5:234-5:248\s+error\s+This asks for a job.*no-job-request/);
    assert.match(stdout, /1 error, ⚠ 4 warnings/);
  });

  it('exits 0 on clean drafts', () => {
    const { code, stdout } = run(dir, ['good.txt', 'thanks.txt']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /good.txt: no issues found/);
  });

  it('prints JSON with rule ids and positions', () => {
    const { code, stdout } = run(dir, ['--format', 'json', 'flagged.email.md']);
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    assert.equal(file.path, 'flagged.email.md');
    assert.deepEqual(file.messages.map((m: { ruleId: string }) => m.ruleId).sort(), ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'no-job-request', 'time-ask']);
    const job = file.messages.find((m: { ruleId: string }) => m.ruleId === 'no-job-request');
    assert.deepEqual([job.line, job.column, job.fatal, job.source], [5, 234, true, 'outreach']);
    assert.deepEqual(job.place.end, { line: 5, column: 248, offset: FLAGGED_REQUEST.indexOf('Are you hiring') + 14 });
  });

  it('lints folders by extension and honours .outreachignore', () => {
    writeFileSync(join(dir, '.outreachignore'), 'flagged.email.md\n');
    const { code, stdout } = run(dir, ['--format', 'json', '.']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).map((f: { path: string }) => f.path).sort(), ['good.txt', 'thanks.txt']);
  });

  it('reads stdin and takes --kind', () => {
    const { code, stdout } = run(dir, ['--format', 'json', '--kind', 'thank-you'], FLAGGED_REQUEST);
    assert.equal(code, 1);
    const ids = JSON.parse(stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    assert.ok(!ids.includes('time-ask') && ids.includes('no-job-request'));
  });

  it('takes --kind other: only the rules for all kinds apply', () => {
    const { stdout } = run(dir, ['--format', 'json', '--kind', 'other'], FLAGGED_REQUEST);
    const ids = JSON.parse(stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    for (const id of ['time-ask', 'how-found', 'offer-flexibility', 'clear-ask', 'no-resume-upfront']) assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
    assert.ok(ids.includes('no-job-request'), ids.join(', '));
  });

  it('finds config upward from the draft and applies it', () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'flagged.txt'), FLAGGED_REQUEST);
    writeFileSync(join(dir, '.outreachrc.yaml'), 'rules:\n  no-job-request: warning\n  time-ask: off\n');
    const { code, stdout } = run(dir, ['--format', 'json', 'drafts/flagged.txt']);
    assert.equal(code, 0, stdout);
    const ids = JSON.parse(stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    assert.ok(!ids.includes('time-ask'));
  });

  it('reads an "outreach" key in package.json', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', outreach: { rules: { 'no-job-request': 'off' } } }));
    assert.equal(run(dir, ['flagged.email.md']).code, 0);
  });

  it('exits 2 naming the file on a broken config, and still lints with the defaults', () => {
    writeFileSync(join(dir, '.outreachrc.json'), '{ "rules": { "time-ask": ');
    const { code, stdout, stderr } = run(dir, ['--format', 'json', 'flagged.email.md']);
    assert.equal(code, 2);
    assert.match(stderr, /\.outreachrc\.json: cannot read the config .*using the defaults/);
    assert.equal(JSON.parse(stdout)[0].messages.length, 5);
  });

  it('exits 2 on unknown rules and wrong types in the config', () => {
    writeFileSync(join(dir, '.outreachrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off', 'time-ask': { maxMinutes: 'ten' } } }));
    const { code, stderr } = run(dir, ['good.txt']);
    assert.equal(code, 2);
    assert.match(stderr, /\.outreachrc\.json: unknown rule "no-such-rule"/);
    assert.match(stderr, /rules\.time-ask\.maxMinutes must be a non-negative number/);
  });

  it('writes nothing: drafts stay byte for byte, and no file appears in the folder, home, cache or temp', () => {
    const home = mkdtempSync(join(tmpdir(), 'outreach-home-'));
    const temp = mkdtempSync(join(tmpdir(), 'outreach-tmp-'));
    const env = { PATH: process.env.PATH, HOME: home, USERPROFILE: home, XDG_CACHE_HOME: join(home, '.cache'), XDG_CONFIG_HOME: join(home, '.config'), TMPDIR: temp, TMP: temp, TEMP: temp };
    try {
      const before = snapshot(dir);
      assert.equal(run(dir, ['--format', 'json', '.'], undefined, env).code, 1);
      assert.equal(run(dir, ['--kind', 'request'], FLAGGED_REQUEST, env).code, 1);
      assert.deepEqual(snapshot(dir), before);
      assert.deepEqual(readdirSync(home), []);
      assert.deepEqual(readdirSync(temp), []);
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('exits 2 on bad usage', () => {
    assert.equal(run(dir, ['--kind', 'letter', 'good.txt']).code, 2);
    assert.equal(run(dir, ['--format', 'xml', 'good.txt']).code, 2);
    assert.equal(run(dir, ['--frobnicate']).code, 2);
    assert.match(run(dir, ['--help']).stdout, /Usage: outreach-lint/);
  });
});

/** Every file under `root` with its bytes, so a test can tell that nothing was written. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(root.length)] = readFileSync(path, 'base64');
    }
  };
  walk(root);
  return files;
}

describe('the README', () => {
  it('shows what the CLI really prints for the desperate example', () => {
    const root = resolve(__dirname, '../..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const command = '$ node bin/outreach-lint.js examples/desperate-request.email.md\n';
    const from = readme.indexOf(command);
    assert.ok(from >= 0, 'the README shows the command');
    const shown = readme.slice(from + command.length, readme.indexOf('\n```', from));
    const { stdout } = run(root, ['examples/desperate-request.email.md'], undefined, { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' });
    assert.equal(shown, stdout.trimEnd());
  });
});
