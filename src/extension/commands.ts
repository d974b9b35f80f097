import * as vscode from 'vscode';
import { splitForSending } from '../core/index.js';
import type { DraftLinter } from './diagnostics.js';
import type { DraftDetector } from './drafts.js';
import type { IgnoredFindings } from './ignores.js';
import { APPLY_FIX_COMMAND, applyFixIfCurrent, DISABLE_RULE_COMMAND, IGNORE_FINDING_COMMAND, REPORT_FIX_ALL_COMMAND, reportFixAll } from './code-actions.js';
import { SHOW_RULE_DOCS_COMMAND } from './findings.js';
import { SHOW_LOG_COMMAND, showLog } from './log.js';
import { newDraft } from './new-draft.js';
import { answerNextNotice, forgetAnswers, notify, recentNotices } from './notices.js';
import type { RuleDocs } from './rule-docs.js';
import { manageRules, setRule } from './rules.js';
import { clipboardText, mailtoLink } from './sending.js';
import type { OutreachStatus } from './status.js';

export interface CommandDeps {
  linter: DraftLinter;
  detector: DraftDetector;
  ignores: IgnoredFindings;
  docs: RuleDocs;
  status: OutreachStatus;
}

export function registerCommands({ linter, detector, ignores, docs, status }: CommandDeps): vscode.Disposable[] {
  const register = vscode.commands.registerCommand;
  return [
    register('outreach.newDraft', (name?: string, folder?: vscode.Uri, sameReaderAs?: vscode.Uri) => newDraft(name, folder, sameReaderAs)),
    register('outreach.checkDocument', async () => {
      const document = activeDocument();
      if (document) await detector.setChecked(document, true);
    }),
    register('outreach.stopCheckingDocument', async () => {
      const document = activeDocument();
      if (!document) return;
      await detector.setChecked(document, false);
      void notify('info', `Outreach: stopped checking ${vscode.workspace.asRelativePath(document.uri)} in this workspace. "Outreach: Check This Document" checks it again.`);
    }),
    register('outreach.copyForSending', async () => {
      const document = activeDocument();
      if (!document || !(await readyToSend(linter, document))) return undefined;
      const text = clipboardText(splitForSending(document.getText()));
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage('$(check) Draft copied for sending (subject first, no front matter)', 3000);
      return text;
    }),
    register('outreach.openInMailApp', async () => {
      const document = activeDocument();
      if (!document || !(await readyToSend(linter, document))) return undefined;
      const link = mailtoLink(splitForSending(document.getText()));
      // Given a string, VS Code opens the link as written; a Uri would be re-encoded,
      // turning the query's `=` and `&` into %3D and %26, which mail apps do not read.
      await vscode.env.openExternal(link as unknown as vscode.Uri);
      return link;
    }),
    register(SHOW_RULE_DOCS_COMMAND, (ruleId?: string) => docs.show(ruleId)),
    register('outreach.manageRules', (ruleId?: string, choice?: Parameters<typeof manageRules>[2], target?: Parameters<typeof manageRules>[3]) =>
      manageRules(linter, ruleId, choice, target)),
    register(APPLY_FIX_COMMAND, applyFixIfCurrent),
    register(REPORT_FIX_ALL_COMMAND, reportFixAll),
    register(IGNORE_FINDING_COMMAND, (uri: vscode.Uri, ruleId: string, text: string) => ignores.add(uri, { ruleId, text })),
    register(DISABLE_RULE_COMMAND, (ruleId: string, uri?: vscode.Uri) =>
      setRule(linter, ruleId, 'off', vscode.workspace.workspaceFolders ? 'workspace' : 'user', uri)),
    register('outreach.showIgnoredFindings', async () => {
      const document = activeDocument();
      if (document) await ignores.clear(document.uri);
    }),
    register(SHOW_LOG_COMMAND, showLog),
    // Internal, for the tests that run in a real VS Code: the status bar item's text and
    // tooltip (the API cannot read them back), a way to wait until every open draft is
    // linted, and the notices shown (with a way to answer the next one as a person would).
    register('outreach._statusText', () => status.text),
    register('outreach._statusTooltip', () => status.tooltipText),
    register('outreach._settle', () => linter.settle()),
    register('outreach._notices', recentNotices),
    register('outreach._answerNextNotice', answerNextNotice),
    register('outreach._forgetNoticeAnswers', forgetAnswers),
  ];
}

function activeDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage('Outreach: open a draft first.');
  return document;
}

const SEND_ANYWAY = 'Send anyway';
const SHOW_PROBLEMS = 'Show problems';

/**
 * A draft with error-level findings (a job ask, a template field) is handed off only
 * after one warning the writer answers; "Send anyway" goes on, anything else stops.
 */
async function readyToSend(linter: DraftLinter, document: vscode.TextDocument): Promise<boolean> {
  const draft = await linter.current(document);
  const errors = draft?.findings.filter((finding) => finding.diagnostic.severity === vscode.DiagnosticSeverity.Error) ?? [];
  if (errors.length === 0) return true;
  const rules = [...new Set(errors.map((finding) => finding.core.ruleId))].join(', ');
  const answer = await notify('warning', `This draft still has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (${rules}).`, SEND_ANYWAY, SHOW_PROBLEMS);
  if (answer === SHOW_PROBLEMS) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return answer === SEND_ANYWAY;
}
