import * as vscode from 'vscode';
import type { DraftLinter } from './diagnostics.js';
import type { DraftDetector } from './drafts.js';
import type { IgnoredFindings } from './ignores.js';
import { APPLY_FIX_COMMAND, applyFixIfCurrent, DISABLE_RULE_COMMAND, IGNORE_FINDING_COMMAND } from './code-actions.js';
import { SHOW_RULE_DOCS_COMMAND } from './findings.js';
import { SHOW_LOG_COMMAND, showLog } from './log.js';
import { newDraft } from './new-draft.js';
import type { RuleDocs } from './rule-docs.js';
import { mailtoLink, splitForSending } from './sending.js';
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
    register('outreach.newDraft', (name?: string) => newDraft(name)),
    register('outreach.checkDocument', async () => {
      const document = activeDocument();
      if (document) await detector.setChecked(document.uri, true);
    }),
    register('outreach.stopCheckingDocument', async () => {
      const document = activeDocument();
      if (document) await detector.setChecked(document.uri, false);
    }),
    register('outreach.copyForSending', async () => {
      const document = activeDocument();
      if (!document) return undefined;
      const { body } = splitForSending(document.getText());
      await vscode.env.clipboard.writeText(body);
      void vscode.window.setStatusBarMessage('$(check) Draft copied for sending (no front matter or header)', 3000);
      return body;
    }),
    register('outreach.openInMailApp', async () => {
      const document = activeDocument();
      if (!document) return undefined;
      const link = mailtoLink(splitForSending(document.getText()));
      // Given a string, VS Code opens the link as written; a Uri would be re-encoded,
      // turning the query's `=` and `&` into %3D and %26, which mail apps do not read.
      await vscode.env.openExternal(link as unknown as vscode.Uri);
      return link;
    }),
    register(SHOW_RULE_DOCS_COMMAND, (ruleId?: string) => docs.show(ruleId)),
    register(APPLY_FIX_COMMAND, applyFixIfCurrent),
    register(IGNORE_FINDING_COMMAND, (uri: vscode.Uri, ruleId: string, text: string) => ignores.add(uri, { ruleId, text })),
    register(DISABLE_RULE_COMMAND, (ruleId: string, uri?: vscode.Uri) => disableRule(linter, ruleId, uri)),
    register('outreach.showIgnoredFindings', async () => {
      const document = activeDocument();
      if (document) await ignores.clear(document.uri);
    }),
    register(SHOW_LOG_COMMAND, showLog),
    // Internal, for the tests that run in a real VS Code: the status bar item's text
    // (the API cannot read it back) and a way to wait until every open draft is linted.
    register('outreach._statusText', () => status.text),
    register('outreach._settle', () => linter.settle()),
  ];
}

function activeDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage('Outreach: open a draft first.');
  return document;
}

/** Turns the rule off in workspace settings (user settings when no folder is open). */
async function disableRule(linter: DraftLinter, ruleId: string, uri?: vscode.Uri): Promise<void> {
  const settings = vscode.workspace.getConfiguration('outreach', uri);
  const inWorkspace = vscode.workspace.workspaceFolders !== undefined;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = settings.inspect<Record<string, unknown>>('rules');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await settings.update('rules', { ...current, [ruleId]: 'off' }, target);

  const file = uri && linter.latest(uri)?.configFile;
  if (file && linter.latest(uri)?.fileRuleIds.includes(ruleId)) {
    const open = 'Open Config File';
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(file)} also sets ${ruleId}, and the config file wins over settings.`,
      open,
    );
    if (choice === open) await vscode.window.showTextDocument(file);
  }
}
