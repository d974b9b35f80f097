import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `outreach-lint --agenda`, run as a real process over drafts on disk. */
const BIN = resolve(__dirname, '../../bin/outreach-lint.js');
const run = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const withFrontMatter = (frontMatter: string, body = 'Hi,\n\nThank you.\n\nBest,\nLee\n') => `---\n${frontMatter}\n---\n${body}`;

describe('outreach-lint --agenda (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outreach-agenda-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'sam-request.email.md'), withFrontMatter('to: Sam Lee\ncompany: Acme\nsent: 2026-03-02'));
    writeFileSync(join(dir, 'drafts', 'ana-request.email.md'), withFrontMatter('to: Ana Ruiz\ncompany: Northwind\nreferrer: Maya Chen\nsent: 2026-02-20\nmet: 2026-03-09'));
    writeFileSync(join(dir, 'drafts', 'untracked.txt'), 'Hi Jo,\n\nCould we talk for 20 minutes?\n\nThanks,\nLee\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the documented JSON: {person, company?, step, due, draft}, soonest first', () => {
    const { code, stdout, stderr } = run(dir, ['--agenda', '--format', 'json', '--today', '2026-03-10', 'drafts']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), [
      { person: 'Ana Ruiz', company: 'Northwind', step: 'thank-you', due: '2026-03-10', draft: 'drafts/ana-request.email.md' },
      { person: 'Sam Lee', company: 'Acme', step: 'follow-up', due: '2026-03-11', draft: 'drafts/sam-request.email.md' },
      { person: 'Ana Ruiz', company: 'Northwind', step: 'report-back', due: '2026-03-12', draft: 'drafts/ana-request.email.md', to: 'Maya Chen' },
      { person: 'Ana Ruiz', company: 'Northwind', step: 'keep-in-touch', due: '2026-06-09', draft: 'drafts/ana-request.email.md' },
    ]);
  });

  it('prints the steps per person as text, reading the current folder by default', () => {
    const { code, stdout } = run(dir, ['--agenda', '--today', '2026-03-12']);
    assert.equal(code, 0);
    assert.match(stdout, /^Ana Ruiz \(Northwind\) {2}drafts\/ana-request\.email\.md\n {2}2026-03-10 {2}overdue {2}thank-you +Thank Ana Ruiz \(Northwind\)\n {2}2026-03-12 {2}today +report-back +Tell Maya Chen how the talk with Ana Ruiz \(Northwind\) went\n/);
    assert.match(stdout, /\n\n3 due today or overdue, 1 later\.\n$/);
  });

  it('takes the nudge and keep-in-touch intervals as flags', () => {
    const { stdout } = run(dir, ['--agenda', '--format', 'json', '--today', '2026-03-10', '--nudge-days', '3', '--keep-in-touch-months', '6', 'drafts']);
    const dues = Object.fromEntries(JSON.parse(stdout).map((entry: { step: string; due: string }) => [entry.step, entry.due]));
    assert.equal(dues['follow-up'], '2026-03-05');
    assert.equal(dues['keep-in-touch'], '2026-09-09');
  });

  it('writes an iCalendar file with one VEVENT per step', () => {
    const { code } = run(dir, ['--agenda', '--today', '2026-03-10', '--ics', 'agenda.ics', 'drafts']);
    assert.equal(code, 0);
    const ics = readFileSync(join(dir, 'agenda.ics'), 'utf8');
    assert.equal(ics.match(/BEGIN:VEVENT\r\n/g)?.length, 4);
    assert.match(ics, /DTSTART;VALUE=DATE:20260311\r\nDTEND;VALUE=DATE:20260312\r\nSUMMARY:Nudge Sam Lee \(Acme\)\r\n/);
  });

  it('exits 2 on a --today that is not a date', () => {
    const { code, stderr } = run(dir, ['--agenda', '--today', '10/03/2026', 'drafts']);
    assert.equal(code, 2);
    assert.match(stderr, /--today must be a date as YYYY-MM-DD/);
  });
});
