import * as vscode from 'vscode';
import type { DraftLinter } from '../diagnostics.js';
import { DraftCoach } from './panel.js';

export const SHOW_COACH_COMMAND = 'outreach.showCoach';

/** The Draft Coach and its command; `outreach._coach` tells the suite what the panel shows. */
export function registerCoach(linter: DraftLinter): vscode.Disposable[] {
  const coach = new DraftCoach(linter);
  return [
    coach,
    vscode.commands.registerCommand(SHOW_COACH_COMMAND, () => coach.show()),
    vscode.commands.registerCommand('outreach._coach', () => coach.state),
  ];
}
