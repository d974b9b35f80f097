import * as vscode from 'vscode';

/**
 * Messages the extension shows the user, with their buttons. Every one is also kept
 * (the last few) so the suite that runs in a real VS Code can read what was said, and a
 * test can give the answer a person would click; both only through the internal
 * commands `outreach._notices` and `outreach._answerNextNotice`.
 */
export type NoticeLevel = 'info' | 'warning';

const KEPT = 20;
const shown: string[] = [];
const answers: (string | undefined)[] = [];

export function notify(level: NoticeLevel, message: string, ...buttons: string[]): Thenable<string | undefined> {
  shown.push(message);
  if (shown.length > KEPT) shown.shift();
  const show = level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const choice = show(message, ...buttons);
  return answers.length > 0 ? Promise.resolve(answers.shift()) : choice;
}

export const recentNotices = (): string[] => [...shown];

/** The next notice resolves with this answer (a button's label, or undefined for dismissed). */
export function answerNextNotice(answer: string | undefined): void {
  answers.push(answer);
}

/** Drops answers no notice took (the suite does so after each test, so one test's answer never reaches another's notice). */
export function forgetAnswers(): void {
  answers.length = 0;
}
