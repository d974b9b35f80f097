import * as vscode from 'vscode';

export const SHOW_LOG_COMMAND = 'outreach.showLog';

/** The "Outreach Linter" output channel: config problems and failures, with file names and details. */
export const outputChannel = (): vscode.LogOutputChannel => (channel ??= vscode.window.createOutputChannel('Outreach Linter', { log: true }));
let channel: vscode.LogOutputChannel | undefined;

/** Brings the channel into view without taking the focus from the draft. */
export const showLog = (): void => outputChannel().show(true);
