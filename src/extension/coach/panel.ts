import * as vscode from 'vscode';
import { draftFactors, type Factor, type FactorInput } from '../../core/index.js';
import type { DraftLinter } from '../diagnostics.js';
import type { LintedDraft } from '../findings.js';
import { coachHtml, newNonce } from './page.js';
import type { CoachModel, FromPage, ToPage } from './protocol.js';

/** What the coach shows now, for the suite (through `outreach._coach`). */
export interface CoachState {
  open: boolean;
  visible: boolean;
  /** The draft the rows are about. */
  draft?: string;
  /** The last model the page reported it drew. */
  rendered?: CoachModel;
  /** How often the page has loaded since the panel opened (it reloads only when shown again after being hidden). */
  loads: number;
}

/**
 * The Draft Coach: a webview panel beside the editor with one row per reply factor of
 * the active draft. The core computes the factors (`draftFactors`); this class only
 * follows the active draft, sends the page each new lint's factors, and selects the
 * words behind a row the user picks. One panel at a time.
 */
export class DraftCoach implements vscode.Disposable {
  static readonly viewType = 'outreach.coach';
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The draft followed: the last active draft editor's, kept while focus is in the panel or a non-draft. */
  private followed: { uri: vscode.Uri; column?: vscode.ViewColumn } | undefined;
  private version = 0;
  private posted: CoachModel | undefined;
  private rendered: CoachModel | undefined;
  private loads = 0;

  constructor(private readonly linter: DraftLinter) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.follow(editor)) this.refresh();
      }),
      linter.onDidLint((uri) => {
        const active = vscode.window.activeTextEditor;
        const followedNow = active?.document.uri.toString() === uri.toString() && this.follow(active);
        if (followedNow || this.followed?.uri.toString() === uri.toString()) this.refresh();
      }),
    );
  }

  /** Opens the panel beside the editor, or reveals it if open; the editor keeps the focus. */
  show(): void {
    const active = vscode.window.activeTextEditor;
    if (active) this.follow(active);
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      DraftCoach.viewType,
      'Draft Coach',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // No local files either: the page is one document with its script and style inline.
      { enableScripts: true, localResourceRoots: [] },
    );
    this.panel = panel;
    const model = this.model() ?? this.emptyModel('Open a draft to see its reply factors.');
    this.posted = model;
    panel.webview.html = coachHtml(model, newNonce());
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((message: FromPage) => void this.receive(message)),
      // A hidden page is unloaded; shown again it asks for the model ('ready').
      panel.onDidDispose(() => this.closed()),
    ];
  }

  get state(): CoachState {
    return {
      open: this.panel !== undefined,
      visible: this.panel?.visible ?? false,
      ...(this.followed ? { draft: this.followed.uri.toString() } : {}),
      ...(this.rendered ? { rendered: this.rendered } : {}),
      loads: this.loads,
    };
  }

  /** Follows the editor if it shows a draft (one linted as such); false for other editors. */
  private follow(editor: vscode.TextEditor): boolean {
    // Editors outside the editor area (the Output view) have no column.
    if (editor.viewColumn === undefined || !this.linter.latest(editor.document.uri)) return false;
    this.followed = { uri: editor.document.uri, column: editor.viewColumn };
    return true;
  }

  /** Sends the page the followed draft's factors, unless the panel is closed or hidden, or the lint is older than the text. */
  private refresh(): void {
    if (!this.panel?.visible) return;
    const model = this.model();
    if (model) this.post(model);
  }

  private post(model: CoachModel): void {
    this.posted = model;
    const message: ToPage = { type: 'model', model };
    void this.panel?.webview.postMessage(message);
  }

  /** The model for the followed draft; undefined while its text is newer than its lint (the next lint brings one). */
  private model(): CoachModel | undefined {
    const document = this.followed && documentFor(this.followed.uri);
    const draft = document && this.linter.latest(document.uri);
    if (!document || !draft) return this.emptyModel('Open a draft to see its reply factors.');
    const title = `${fileName(document)} · ${draft.kind}`;
    if (draft.skipped) return { version: ++this.version, title, note: `Not checked: ${draft.skipped}.`, factors: [] };
    if (draft.version !== document.version) return undefined;
    const factors = factorsOf(document, draft);
    return {
      version: ++this.version,
      title,
      note: draft.partial ? 'Only the first part of this draft was checked (outreach.timeBudgetMs).' : '',
      factors: factors.map(({ ranges, ...factor }) => ({ ...factor, selections: ranges.length })),
    };
  }

  private emptyModel(note: string): CoachModel {
    return { version: ++this.version, title: 'Draft Coach', note, factors: [] };
  }

  private async receive(message: FromPage): Promise<void> {
    if (message.type === 'ready') {
      this.loads++;
      // A page (re)loaded: give it the newest model.
      const model = this.model() ?? this.posted;
      if (model) this.post(model);
    } else if (message.type === 'rendered') {
      if (this.posted?.version === message.version) this.rendered = this.posted;
    } else if (message.type === 'select') {
      await this.select(message.id);
    }
  }

  /**
   * Selects the words behind a factor in the draft's editor, one selection per stretch
   * (every question, every I and you). The panel keeps the focus, so the keyboard can
   * go on to the next row; the selection shows in the editor beside it.
   */
  private async select(id: string): Promise<void> {
    const document = this.followed && documentFor(this.followed.uri);
    if (!document) return;
    // The lint of the text as it is now, so the offsets fit the text.
    const draft = await this.linter.current(document);
    const factor = draft && !draft.skipped ? factorsOf(document, draft).find((candidate) => candidate.id === id) : undefined;
    if (!factor || factor.ranges.length === 0) return;
    const editor =
      vscode.window.visibleTextEditors.find((candidate) => candidate.document === document) ??
      (await vscode.window.showTextDocument(document, { viewColumn: this.followed?.column ?? vscode.ViewColumn.One, preserveFocus: true }));
    editor.selections = selectionsOf(document, factor);
    editor.revealRange(editor.selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private closed(): void {
    for (const subscription of this.panelSubscriptions) subscription.dispose();
    this.panelSubscriptions = [];
    this.panel = undefined;
    this.posted = undefined;
    this.rendered = undefined;
    this.loads = 0;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The factors of the draft as linted, with the findings the user sees (ignored ones left out). */
function factorsOf(document: vscode.TextDocument, draft: LintedDraft): Factor[] {
  const input: FactorInput = {
    kind: draft.kind,
    stats: draft.stats,
    asks: draft.asks,
    checklist: draft.checklist,
    diagnostics: draft.findings.map((finding) => finding.core),
  };
  return draftFactors(document.getText(), input, { format: document.languageId === 'markdown' ? 'markdown' : 'plaintext' });
}

function selectionsOf(document: vscode.TextDocument, factor: Factor): vscode.Selection[] {
  return factor.ranges.map((range) => new vscode.Selection(document.positionAt(range.start), document.positionAt(range.end)));
}

const documentFor = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && !document.isClosed);

function fileName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
}
