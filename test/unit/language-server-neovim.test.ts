import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FLAGGED_REQUEST } from './drafts.js';
import { SERVER } from './language-server-session.js';
import { provisionNeovim } from './neovim/provision.js';

const CLI = resolve(__dirname, '../../bin/outreach-lint.js');
const CLIENT = resolve(__dirname, 'neovim/client.lua');

/** The flagged draft with accents, a dash and an emoji before findings, so byte, UTF-16 and code point columns differ. */
const DRAFT = FLAGGED_REQUEST.replace('Hi Dana,', 'Hi Zoë 👋,').replace("I'm a retail manager of ten years,", 'I’m a café manager — ten years in retail —');
const JOB_ASK = 'Are you hiring for your team?';

interface Finding {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface NeovimReport {
  error?: string;
  before: Finding[];
  after: Finding[];
  offered: string[];
  publishes: { version: number | null; count: number }[];
  text: string;
  hover?: string;
  log: string[];
}

const sorted = (findings: Finding[]) =>
  [...findings].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.endColumn - b.endColumn);

/** What the CLI finds in a file, in the same terms as the Neovim report. */
function cliFindings(dir: string, name: string): Finding[] {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', name], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `the CLI failed: ${run.stderr}`);
  const [file] = JSON.parse(run.stdout) as { messages: { ruleId: string; reason: string; fatal?: boolean; place: { start: { line: number; column: number }; end: { line: number; column: number } } }[] }[];
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
    message: message.reason,
    line: message.place.start.line,
    column: message.place.start.column,
    endLine: message.place.end.line,
    endColumn: message.place.end.column,
  }));
}

describe('language server in Neovim, a real client', function () {
  // Installing Neovim (once, as root) can take a minute.
  this.timeout(300_000);
  let nvim: string;
  let dir: string;

  before(function () {
    const setup = provisionNeovim((line) => console.log(`      ${line}`));
    if ('skip' in setup) {
      console.log(`      skipped: ${setup.skip}`);
      this.skip();
    }
    nvim = (setup as { nvim: string }).nvim;
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outreach-nvim-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Opens the draft in a headless Neovim that runs client.lua, and returns what it saw. */
  async function runNeovim(draft: string, pick: string, settings?: unknown): Promise<NeovimReport> {
    writeFileSync(join(dir, 'draft.email.md'), draft);
    // Neovim's own state (its log, shada) stays in the test's folder.
    const home = join(dir, '.home');
    mkdirSync(home, { recursive: true });
    const line = draft.split('\n').findIndex((text) => text.includes(JOB_ASK)) + 1;
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_STATE_HOME: join(home, 'state'),
      XDG_CACHE_HOME: join(home, 'cache'),
      OUTREACH_LS: SERVER,
      OUTREACH_OUT: join(home, 'report.json'),
      OUTREACH_PICK: pick,
      OUTREACH_LINE: String(line),
      OUTREACH_TEXT: JOB_ASK,
      ...(settings ? { OUTREACH_SETTINGS: JSON.stringify(settings) } : {}),
    };
    const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '+luafile ' + CLIENT, 'draft.email.md'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await Promise.race([
      new Promise<number | null>((done) => child.once('exit', done)),
      new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 90_000)),
    ]);
    if (code === 'timeout') child.kill('SIGKILL');
    assert.equal(code, 0, `nvim exited with ${code}: ${output}`);
    const report = JSON.parse(readFileSync(env.OUTREACH_OUT, 'utf8')) as NeovimReport;
    assert.equal(report.error, undefined, `client.lua failed: ${report.error}\n${output}`);
    return report;
  }

  it('shows the CLI’s findings, applies a code action picked by title, and explains a finding on hover', async () => {
    const pick = `Remove '${JOB_ASK}'`;
    const report = await runNeovim(DRAFT, pick);

    // The same findings as the CLI, in the same places (columns in UTF-16 units, as the CLI counts).
    assert.ok(report.before.length >= 5, JSON.stringify(report.before));
    assert.deepEqual(sorted(report.before), sorted(cliFindings(dir, 'draft.email.md')));

    // The menu names what each action changes, each once.
    assert.equal(new Set(report.offered).size, report.offered.length, `titles repeat: ${report.offered.join(' | ')}`);
    assert.ok(report.offered.includes(pick), report.offered.join(' | '));

    // Applied: the sentence is gone, nothing else changed, and the findings follow.
    assert.equal(report.text, DRAFT.replace(`${JOB_ASK} `, '').replace(/\n$/, ''));
    assert.ok(!report.after.some((finding) => finding.ruleId === 'no-job-request'), JSON.stringify(report.after));
    writeFileSync(join(dir, 'fixed.email.md'), `${report.text}\n`);
    assert.deepEqual(sorted(report.after), sorted(cliFindings(dir, 'fixed.email.md')));

    // Each version was published once.
    const versions = report.publishes.map((publish) => publish.version);
    assert.equal(new Set(versions).size, versions.length, `versions published: ${versions.join(', ')}`);

    const first = sorted(report.after)[0];
    assert.match(report.hover ?? '', new RegExp(`\\(\`${first.ruleId}\`\\)`), report.hover);
    assert.deepEqual(report.log, [], 'no messages for a draft without config problems');
  });

  it('takes rules from the client’s settings', async () => {
    const report = await runNeovim(DRAFT, `Remove '${JOB_ASK}'`, { outreach: { rules: { 'how-found': 'off', 'no-demanding-tone': 'info' } } });
    assert.ok(!report.before.some((finding) => finding.ruleId === 'how-found'), JSON.stringify(report.before));
    assert.equal(report.before.find((finding) => finding.ruleId === 'no-demanding-tone')?.severity, 3);
    assert.ok(report.before.some((finding) => finding.ruleId === 'no-job-request'));
  });
});
