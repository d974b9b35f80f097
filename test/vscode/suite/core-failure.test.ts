import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/index.js';
import { ConfigLoader } from '../../../src/extension/config.js';
import { DraftLinter, type LintEngine } from '../../../src/extension/diagnostics.js';
import { DraftDetector } from '../../../src/extension/drafts.js';
import type { LintedDraft } from '../../../src/extension/findings.js';
import { IgnoredFindings } from '../../../src/extension/ignores.js';
import { OutreachStatus } from '../../../src/extension/status.js';
import { activateExtension, closeAll, FLAGGED_DRAFT_FINDINGS, openFixture, openUntitled, outreachDiagnostics, waitFor } from './helpers.js';

/** Workspace state for the linter under test, kept apart from the extension's own. */
class MemoryState implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    return Promise.resolve();
  }
}

/** The word on which the core below fails: no real input makes the core throw. */
const FAILS_ON = 'Zyzzyva';

const describeLinted = (draft: LintedDraft | undefined): string[] =>
  (draft?.findings ?? []).map((f) => `${f.core.ruleId}@${f.diagnostic.range.start.line + 1} ${JSON.stringify(f.text)}`).sort();

describe('when the core fails', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('the draft is logged and skipped, and the linter goes on checking drafts', async () => {
    const logged: string[] = [];
    const failingEngine: LintEngine = {
      lint: (text, options) => {
        if (text.includes(FAILS_ON)) throw new RangeError('the core failed on this draft');
        return lint(text, options);
      },
      log: { error: (message, ...details) => void logged.push([message, ...details].map(String).join(' ')) },
    };
    // The extension's own parts, in this real VS Code, over the failing core.
    const state = new MemoryState();
    const linter = new DraftLinter(new DraftDetector(state), new ConfigLoader(), new IgnoredFindings(state), failingEngine);
    const status = new OutreachStatus(linter);
    try {
      const failing = await openUntitled(`Hi Sam,\n\nI am writing about ${FAILS_ON} and would value fifteen minutes of your time.\n\nThank you,\nLee`);
      const skipped = await linter.lintNow(failing.document);
      assert.ok(skipped, 'the draft is remembered as skipped');
      assert.equal(skipped.skipped, 'could not be checked (details in Output › Outreach Linter)');
      assert.deepEqual(skipped.findings, []);
      assert.equal(logged.length, 1, 'one entry, however many times the draft was tried');
      assert.match(logged[0], /^Could not check untitled:.* RangeError: the core failed on this draft/);
      assert.equal(status.text, '$(circle-slash) Outreach: draft could not be checked (details in Output › Outreach Linter)');

      // The same linter checks the next draft as usual.
      const flagged = await openFixture('drafts', 'flagged.email.md');
      assert.deepEqual(describeLinted(await linter.lintNow(flagged.document)), FLAGGED_DRAFT_FINDINGS);

      // And the failed draft once its text no longer trips the core: typing schedules the lint.
      const editor = await vscode.window.showTextDocument(failing.document);
      const at = failing.document.getText().indexOf(FAILS_ON);
      await editor.edit((edit) => edit.replace(new vscode.Range(failing.document.positionAt(at), failing.document.positionAt(at + FAILS_ON.length)), 'your work on grid storage'));
      const recovered = await waitFor('the edited draft to be checked', () => {
        const latest = linter.latest(failing.document.uri);
        return latest?.version === failing.document.version && latest;
      });
      assert.equal(recovered.skipped, undefined);
      const expected = lint(failing.document.getText(), { format: 'plaintext' }).diagnostics.map((d) => d.ruleId).sort();
      assert.deepEqual(recovered.findings.map((f) => f.core.ruleId).sort(), expected);
      assert.equal(logged.length, 1, 'nothing more went wrong');
    } finally {
      status.dispose();
      linter.dispose();
    }
    // Linting by the extension itself was never affected.
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await waitFor('the extension’s findings', () => outreachDiagnostics(document.uri).length === FLAGGED_DRAFT_FINDINGS.length);
  });
});

describe('when a check runs out of time', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('the draft is checked again, once per version, and its findings come in', async () => {
    const calls = new Map<string, number>();
    // A core that runs out of time on the first check of each text, as a cold start can.
    const slowStart: LintEngine = {
      lint: (text, options) => {
        const seen = (calls.get(text) ?? 0) + 1;
        calls.set(text, seen);
        const result = lint(text, options);
        return seen === 1 ? { ...result, complete: false, diagnostics: result.diagnostics.slice(0, 1) } : result;
      },
      log: { error: () => undefined },
    };
    const state = new MemoryState();
    const linter = new DraftLinter(new DraftDetector(state), new ConfigLoader(), new IgnoredFindings(state), slowStart);
    try {
      const { document } = await openFixture('drafts', 'flagged.email.md');
      const first = await linter.lintNow(document);
      assert.equal(first?.partial, true);
      const whole = await waitFor('the draft checked again, to the end', () => {
        const latest = linter.latest(document.uri);
        return latest?.partial === false && latest;
      });
      assert.deepEqual(describeLinted(whole), FLAGGED_DRAFT_FINDINGS);
      assert.equal(calls.get(document.getText()), 2);

      // A core that never finishes in time is tried once more per version, not in a loop.
      const neverInTime: LintEngine = { lint: (text, options) => ({ ...lint(text, options), complete: false }), log: { error: () => undefined } };
      const stuck = new DraftLinter(new DraftDetector(state), new ConfigLoader(), new IgnoredFindings(state), {
        ...neverInTime,
        lint: (text, options) => {
          calls.set(`stuck:${text}`, (calls.get(`stuck:${text}`) ?? 0) + 1);
          return neverInTime.lint(text, options);
        },
      });
      try {
        await stuck.lintNow(document);
        await waitFor('the second try', () => calls.get(`stuck:${document.getText()}`) === 2);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(calls.get(`stuck:${document.getText()}`), 2);
        assert.equal(stuck.latest(document.uri)?.partial, true);
      } finally {
        stuck.dispose();
      }
    } finally {
      linter.dispose();
    }
  });
});
