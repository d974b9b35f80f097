import * as vscode from 'vscode';
import { looksLikeDraft } from '../core/index.js';
import { readDraftSettings } from './settings.js';

/** Schemes of editors that show something other than a draft being written (diffs, output, chat…). */
const NOT_DRAFT_SCHEMES = new Set(['output', 'debug', 'git', 'gitfs', 'vscode-scm', 'comment', 'walkThrough', 'walkThroughSnippet', 'vscode-notebook-cell-output', 'vscode-chat-code-block']);

/**
 * Decides which documents are outreach drafts. A README must never be told it
 * lacks a time ask, so a document is linted only when it matches the include
 * globs, declares itself in front matter, is an untitled note that looks like an
 * email, or the user asked for it with "Outreach: Check This Document". What the
 * user chose ("Check" or "Stop Checking") is kept for the workspace and wins.
 */
export class DraftDetector {
  private static readonly CHECKED_KEY = 'outreach.checkedDocuments';
  private static readonly UNCHECKED_KEY = 'outreach.uncheckedDocuments';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document is added to or removed from the checked or unchecked list. */
  readonly onDidChangeChecked = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  isDraft(document: vscode.TextDocument): boolean {
    if (NOT_DRAFT_SCHEMES.has(document.uri.scheme)) return false;
    const settings = readDraftSettings(document.uri);
    if (!settings.enable) return false;
    if (this.isUnchecked(document.uri)) return false;
    if (this.isChecked(document.uri)) return true;
    if (!settings.languages.includes(document.languageId)) return false;
    if (settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    // Saved files need front matter that says so; an untitled note may also just read as an email.
    return looksLikeDraft(document.getText(), { declaredOnly: !document.isUntitled });
  }

  isChecked(uri: vscode.Uri): boolean {
    return this.list(DraftDetector.CHECKED_KEY).includes(uri.toString());
  }

  isUnchecked(uri: vscode.Uri): boolean {
    return this.list(DraftDetector.UNCHECKED_KEY).includes(uri.toString());
  }

  /**
   * "Check This Document" (true) or "Stop Checking This Document" (false), remembered for
   * the workspace. Checking a document that is a draft anyway only undoes a stop.
   */
  async setChecked(document: vscode.TextDocument, checked: boolean): Promise<void> {
    const key = document.uri.toString();
    const without = (name: string) => this.list(name).filter((entry) => entry !== key);
    await this.state.update(DraftDetector.UNCHECKED_KEY, checked ? without(DraftDetector.UNCHECKED_KEY) : [...without(DraftDetector.UNCHECKED_KEY), key]);
    await this.state.update(DraftDetector.CHECKED_KEY, without(DraftDetector.CHECKED_KEY));
    if (checked && !this.isDraft(document)) await this.state.update(DraftDetector.CHECKED_KEY, [...without(DraftDetector.CHECKED_KEY), key]);
    this.changed.fire(document.uri);
  }

  private list(name: string): string[] {
    return this.state.get<string[]>(name, []);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
