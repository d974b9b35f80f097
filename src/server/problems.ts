import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

const SHOW_LOG = 'Show Log';
/** Characters of problems remembered as already shown (about 2 bytes each); past it the oldest are forgotten. */
const MAX_REMEMBERED_CHARACTERS = 4 * 1024 * 1024;
/** A problem is one line; longer ones are cut so a message stays readable. */
const MAX_PROBLEM_CHARACTERS = 300;
/** Lines in the list shown by "Show Log"; the full list is in the client's log. */
const MAX_LISTED = 20;

const clip = (text: string) => (text.length > MAX_PROBLEM_CHARACTERS ? `${text.slice(0, MAX_PROBLEM_CHARACTERS - 1)}…` : text);

/**
 * Shows config and front matter problems without flooding the editor. Every new
 * problem goes to the client's log (window/logMessage, in one message per lint);
 * at most one pop-up per document version sums up the ones not shown before, with
 * a "Show Log" button that lists them. Lints caused by typing only log: a
 * half-typed `kind:` is not worth a pop-up per keystroke; the next open, save or
 * config change shows what is still wrong.
 */
export class ProblemReporter {
  private readonly shown = new Set<string>();
  private shownCharacters = 0;
  /** Per document: the problems last logged, and the version that last had a pop-up. */
  private readonly documents = new Map<string, { logged: string; poppedUpVersion?: number }>();

  constructor(private readonly connection: Connection) {}

  report(uri: string, version: number, problems: readonly string[], mayPopUp: boolean): void {
    const lines = [...new Set(problems.map(clip))];
    const state = this.documents.get(uri) ?? { logged: '' };
    this.documents.set(uri, state);
    const key = lines.join('\n');
    if (key !== state.logged && lines.length > 0) this.connection.console.warn(lines.map((line) => `Outreach Linter: ${line}`).join('\n'));
    state.logged = key;

    const fresh = lines.filter((line) => !this.shown.has(line));
    if (!mayPopUp || fresh.length === 0 || state.poppedUpVersion === version) return;
    state.poppedUpVersion = version;
    for (const line of fresh) this.remember(line);
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more; see the log)` : '';
    void this.connection.window.showWarningMessage(`Outreach Linter: ${fresh[0]}${more}`, { title: SHOW_LOG }).then(
      (picked) => {
        if (picked?.title === SHOW_LOG) this.list(fresh);
      },
      () => undefined, // The client could not show it; the log has the lines.
    );
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }

  /** "Show Log": LSP has no request to open a client's log, so the lines come as one message. */
  private list(lines: readonly string[]): void {
    const listed = lines.slice(0, MAX_LISTED).map((line) => `- ${line}`);
    if (lines.length > MAX_LISTED) listed.push(`…and ${lines.length - MAX_LISTED} more in the language server log`);
    // A plain message: window.showInformationMessage would be another request with buttons.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Outreach Linter problems:\n${listed.join('\n')}` });
  }

  private remember(line: string): void {
    this.shown.add(line);
    this.shownCharacters += line.length;
    for (const oldest of this.shown) {
      if (this.shownCharacters <= MAX_REMEMBERED_CHARACTERS) break;
      this.shown.delete(oldest);
      this.shownCharacters -= oldest.length;
    }
  }
}
