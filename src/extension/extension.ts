import * as vscode from 'vscode';
import { OutreachCodeActions } from './code-actions.js';
import { registerCoach } from './coach/index.js';
import { registerCommands } from './commands.js';
import { TemplateCompletions } from './completion.js';
import { ConfigLoader } from './config.js';
import { DraftLinter } from './diagnostics.js';
import { DraftDetector } from './drafts.js';
import { OutreachHover } from './hover.js';
import { IgnoredFindings } from './ignores.js';
import { reportConfigProblems } from './problems.js';
import { RuleDocs } from './rule-docs.js';
import { OutreachStatus } from './status.js';
import { registerTracking } from './tracking/index.js';

/** Wires the core's findings into VS Code. All judgement about drafts stays in the core. */
export function activate(context: vscode.ExtensionContext): void {
  const detector = new DraftDetector(context.workspaceState);
  const configs = new ConfigLoader();
  const ignores = new IgnoredFindings(context.workspaceState);
  const linter = new DraftLinter(detector, configs, ignores);
  const status = new OutreachStatus(linter);
  const docs = new RuleDocs(context.extensionUri, linter);
  // Every document: whether one is a draft is decided per document (globs, front matter, user choice).
  const anyDocument: vscode.DocumentSelector = { scheme: '*' };

  context.subscriptions.push(
    detector,
    configs,
    ignores,
    linter,
    status,
    docs.register(),
    vscode.languages.registerCodeActionsProvider(anyDocument, new OutreachCodeActions(linter), OutreachCodeActions.metadata),
    vscode.languages.registerHoverProvider(anyDocument, new OutreachHover(linter)),
    vscode.languages.registerCompletionItemProvider(anyDocument, new TemplateCompletions(detector), ...TemplateCompletions.triggerCharacters),
    ...registerCommands({ linter, detector, ignores, docs, status }),
    reportConfigProblems(linter),
    ...registerTracking(),
    ...registerCoach(linter),
  );
  linter.lintAll();
}

export function deactivate(): void {}
