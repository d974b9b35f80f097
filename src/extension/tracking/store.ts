import * as vscode from 'vscode';
import { localToday, readConversation, schedule, type Conversation, type ScheduleOptions, type TrackedDraft } from '../../core/index.js';
import { outputChannel } from '../log.js';
import { readTrackingSettings } from './settings.js';

/** Files that can hold a draft; the same extensions the CLI reads. */
const DRAFT_FILE = /\.(md|markdown|txt|eml)$/i;
/** Folders that never hold the writer's drafts, and would make the walk slow. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test']);
/** Enough for years of outreach; a huge repository opened by mistake stops here. */
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
const REFRESH_DELAY_MS = 300;

/**
 * The conversations in the workspace: every draft whose front matter names a person,
 * read through `workspace.fs` (so it works in vscode.dev and github.dev), with open
 * editors' unsaved text winning over the file. Holds one entry per tracked draft.
 */
export class ConversationStore implements vscode.Disposable {
  private readonly drafts = new Map<string, TrackedDraft>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private scan: Promise<void> | undefined;
  private todayOverride: string | undefined;
  /** Fires when a conversation, the settings or the date may have changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,eml}');
    this.subscriptions.push(
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => this.later(uri)),
      watcher.onDidChange((uri) => this.later(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && DRAFT_FILE.test(event.document.uri.path)) this.later(event.document.uri);
      }),
      // Closing an edited file without saving leaves the file as it was on disk; an unsaved new draft is gone.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === 'untitled') this.remove(document.uri);
        else if (DRAFT_FILE.test(document.uri.path)) this.later(document.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('outreach.tracking')) this.changed.fire();
      }),
    );
  }

  /** Today as the schedule counts it; tests fix it with `outreach._setToday`. */
  today(): string {
    return this.todayOverride ?? localToday();
  }

  setToday(today: string | undefined): void {
    this.todayOverride = today;
    this.changed.fire();
  }

  /** Every conversation with where it stands; scans the workspace the first time. */
  async conversations(): Promise<Conversation[]> {
    await (this.scan ??= this.walkWorkspace());
    await this.settle();
    return schedule([...this.drafts.values()], this.today(), this.scheduleOptions());
  }

  /** Reads every draft again (the Refresh button). */
  async refresh(): Promise<void> {
    this.scan = this.walkWorkspace();
    await this.scan;
    this.changed.fire();
  }

  /** Waits until edits made a moment ago are read. */
  async settle(): Promise<void> {
    const uris = [...this.pending.keys()];
    for (const key of uris) clearTimeout(this.pending.get(key));
    this.pending.clear();
    await Promise.all(uris.map((uri) => this.read(vscode.Uri.parse(uri))));
  }

  private scheduleOptions(): Partial<ScheduleOptions> {
    const { nudgeBusinessDays, keepInTouchMonths } = readTrackingSettings();
    return { nudgeBusinessDays, keepInTouchMonths };
  }

  private later(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.read(uri).then((changed) => changed && this.changed.fire());
      }, REFRESH_DELAY_MS),
    );
  }

  private remove(uri: vscode.Uri): void {
    if (this.drafts.delete(uri.toString())) this.changed.fire();
  }

  /** Reads one file (or its open editor); true when what it says about a conversation changed. */
  private async read(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const before = JSON.stringify(this.drafts.get(key)?.fields);
    const text = await this.textOf(uri);
    const fields = text === undefined ? undefined : readConversation(text);
    if (fields) this.drafts.set(key, { draft: key, fields });
    else this.drafts.delete(key);
    return JSON.stringify(fields) !== before;
  }

  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > readTrackingSettings().maxDraftBytes) return undefined;
      const bytes = await vscode.workspace.fs.readFile(uri);
      // Only the front matter matters; a file that does not open with it is skipped unread.
      return bytes[0] === 0x2d ? new TextDecoder().decode(bytes) : undefined;
    } catch {
      return undefined; // deleted meanwhile, or unreadable: not a draft to track
    }
  }

  private async walkWorkspace(): Promise<void> {
    const files: vscode.Uri[] = [];
    const walk = async (folder: vscode.Uri, depth: number): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(folder);
      } catch (error) {
        outputChannel().warn(`Outreach view: cannot read ${folder.toString(true)}: ${(error as Error).message}`);
        return;
      }
      for (const [name, type] of entries) {
        if (files.length >= MAX_FILES) return;
        const uri = vscode.Uri.joinPath(folder, name);
        if (type & vscode.FileType.Directory) {
          if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) await walk(uri, depth + 1);
        } else if (DRAFT_FILE.test(name)) files.push(uri);
      }
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) await walk(folder.uri, 0);
    const keep = new Set(files.map((uri) => uri.toString()));
    for (const key of this.drafts.keys()) if (!keep.has(key)) this.drafts.delete(key);
    await Promise.all(files.map((uri) => this.read(uri)));
    // Drafts open in an editor but outside the folders (or not yet saved) count too.
    for (const document of vscode.workspace.textDocuments) {
      if (!keep.has(document.uri.toString()) && DRAFT_FILE.test(document.uri.path) && document.uri.scheme !== 'untitled') await this.read(document.uri);
    }
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
