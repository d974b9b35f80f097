import * as vscode from 'vscode';

/** The "Outreach Linter" output channel: config problems and failures, with file names and details. */
export const outputChannel = (): vscode.LogOutputChannel => (channel ??= vscode.window.createOutputChannel('Outreach Linter', { log: true }));
let channel: vscode.LogOutputChannel | undefined;
