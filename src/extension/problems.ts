import * as vscode from 'vscode';
import type { DraftLinter } from './diagnostics.js';
import { outputChannel, showLog } from './log.js';

const SHOW_LOG = 'Show Log';

/**
 * Tells the user once about each problem in their config (a typo in a rule id, a
 * bad severity); linting goes on with the valid part, so this is only a warning.
 */
export function reportConfigProblems(linter: DraftLinter): vscode.Disposable {
  const told = new Set<string>();
  return linter.onDidLint((uri) => {
    for (const problem of linter.latest(uri)?.configProblems ?? []) {
      if (told.has(problem)) continue;
      told.add(problem);
      outputChannel().warn(`Config: ${problem}`);
      void vscode.window.showWarningMessage(`Outreach Linter config: ${problem}`, SHOW_LOG).then((choice) => {
        if (choice === SHOW_LOG) showLog();
      });
    }
  });
}
