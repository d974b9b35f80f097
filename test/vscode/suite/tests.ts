import * as vscode from 'vscode';

/**
 * The suite's test files, in the order they run; both entries (the Node extension
 * host's and the web worker's) load them through this one list.
 */
export async function loadTests(): Promise<void> {
  // A root hook: an answer a test queued for a notice that never came must not answer
  // the next test's notice (one slow test would otherwise fail every one after it).
  afterEach('forget unanswered notices', async () => {
    await vscode.commands.executeCommand('outreach._forgetNoticeAnswers');
  });
  await import('./trust.test.js');
  // Early, while the workspace is as a user would see it.
  await import('./screenshot.test.js');
  await import('./drafts.test.js');
  await import('./quick-fixes.test.js');
  await import('./settings.test.js');
  await import('./snippets.test.js');
  await import('./commands.test.js');
  await import('./coach.test.js');
  await import('./tracking.test.js');
  await import('./core-failure.test.js');
}
