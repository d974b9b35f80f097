import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, lint, type LintResult } from '../core/index.js';
import type { ConfigLoader } from './config.js';
import type { DraftDetector } from './drafts.js';
import { displayKey, SOURCE, toDraftAsks, toFinding, type LintedDraft } from './findings.js';
import type { IgnoredFindings } from './ignores.js';
import { outputChannel } from './log.js';
import { readDraftSettings } from './settings.js';
import { isInEditorTab, isVisible, tabUris } from './tabs.js';

/**
 * What the linter takes from outside the editor: the core, and where its failures are
 * reported. A parameter so a test can run the real editor plumbing over a core that fails.
 */
export interface LintEngine {
  lint: typeof lint;
  log: Pick<vscode.LogOutputChannel, 'error'>;
}

const CORE_ENGINE: LintEngine = { lint, log: { error: (message, ...args) => outputChannel().error(message, ...args) } };

/**
 * Keeps a diagnostic collection in step with the drafts open in editor tabs:
 * lints on open, after typing pauses (debounced), and when settings, config files
 * or ignores change; clears a document's findings when its last tab closes or it
 * stops being a draft.
 */
export class DraftLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly drafts = new Map<string, LintedDraft>();
  private readonly shown = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The newest lint started per document; an older one finishing late is dropped. */
  private readonly tickets = new Map<string, number>();
  private readonly running = new Map<string, Promise<LintedDraft | undefined>>();
  /** The version of each document checked again after a lint ran out of time: once per version. */
  private readonly retried = new Map<string, number>();
  /** Documents a code action or hover asked about: on screen even before their tab is reported. */
  private readonly inUse = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires after a document's findings (or its not being a draft) are known. */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly detector: DraftDetector,
    private readonly configs: ConfigLoader,
    private readonly ignores: IgnoredFindings,
    private readonly engine: LintEngine = CORE_ENGINE,
  ) {
    this.subscriptions.push(
      this.collection,
      this.linted,
      vscode.workspace.onDidOpenTextDocument((document) => void this.lintNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // A closed tab's document stays open for a while; its findings go with the tab.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const uri of event.closed.flatMap(tabUris)) if (!isInEditorTab(uri)) this.forget(uri);
        for (const uri of event.opened.flatMap(tabUris)) this.lintUri(uri);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) if (!this.drafts.has(document.uri.toString())) void this.lintNow(document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('outreach')) this.lintAll();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        // A saved config file applies at once, even before the file watcher reports it.
        if (isConfigFile(document.uri)) {
          this.configs.clear();
          this.lintAll();
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.lintAll()),
      configs.onDidChange(() => this.lintAll()),
      detector.onDidChangeChecked((uri) => this.lintUri(uri)),
      ignores.onDidChange((uri) => this.lintUri(uri)),
    );
  }

  /** The lint of the document's current text (undefined for a non-draft), linting now if what we have is older. */
  async current(document: vscode.TextDocument): Promise<LintedDraft | undefined> {
    const key = document.uri.toString();
    const fresh = () => (this.drafts.get(key)?.version === document.version ? this.drafts.get(key) : undefined);
    if (fresh()) return fresh();
    if (!this.detector.isDraft(document)) return undefined;
    // Asked for by a code action or hover, so the document is in front of the user even if
    // its tab has not been reported yet; every lint of it counts it as on screen from now on.
    this.inUse.add(key);
    // A lint already under way may finish for an older version (or give way to a newer
    // one); lint again until the result matches the text, a few times at most.
    for (let attempt = 0; attempt < 3 && !fresh() && !document.isClosed; attempt++) await this.lintNow(document);
    return fresh();
  }

  /** The last lint of the document, whatever its version (for the status bar). */
  latest(uri: vscode.Uri): LintedDraft | undefined {
    return this.drafts.get(uri.toString());
  }

  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.lintNow(document);
  }

  /** Lints every open document whose findings are not up to date, and waits for all lints. */
  async settle(): Promise<void> {
    const stale = vscode.workspace.textDocuments.filter((document) => {
      const key = document.uri.toString();
      return this.timers.has(key) || (this.drafts.get(key)?.version !== document.version && isOnScreen(document));
    });
    await Promise.all([...stale.map((document) => this.lintNow(document)), ...this.running.values()]);
  }

  schedule(document: vscode.TextDocument): void {
    // Output channels and other documents without an editor change often and are never drafts.
    if (!isOnScreen(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = readDraftSettings(document.uri).debounceMs;
    this.timers.set(key, setTimeout(() => void this.lintNow(document), delay));
  }

  lintNow(document: vscode.TextDocument): Promise<LintedDraft | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const ticket = (this.tickets.get(key) ?? 0) + 1;
    this.tickets.set(key, ticket);
    const run = this.lint(document, ticket).finally(() => {
      if (this.running.get(key) === run) this.running.delete(key);
    });
    this.running.set(key, run);
    return run;
  }

  private async lint(document: vscode.TextDocument, ticket: number): Promise<LintedDraft | undefined> {
    const key = document.uri.toString();
    if (document.isClosed || !(this.inUse.has(key) || isOnScreen(document)) || !this.detector.isDraft(document)) {
      this.clear(document.uri);
      this.linted.fire(document.uri);
      return undefined;
    }
    const { config, file, fileRuleIds, problems, known } = await this.configs.forDocument(document);
    // A newer lint started (text, settings or config changed) or the document closed meanwhile:
    // that one's result is the one to use.
    if (this.tickets.get(key) !== ticket || document.isClosed) return this.running.get(key) ?? this.drafts.get(key);

    const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const settings = readDraftSettings(document.uri);
    const text = document.getText();
    const base = { uri: document.uri, version: document.version, kind: 'request' as const, stats: EMPTY_STATS, checklist: [], findings: [], asks: [], askWords: [], asksFor: 'nothing', ignoredCount: 0, configFile: file, fileRuleIds };
    if (text.length > settings.maxDraftKB * 1024) {
      const skipped = `too long to check (${Math.round(text.length / 1024)} KB; the limit is ${settings.maxDraftKB} KB, setting outreach.maxDraftKB)`;
      return this.keep(document, { ...base, configProblems: problems, skipped });
    }
    let result;
    try {
      result = this.engine.lint(text, { config, format, budgetMs: settings.timeBudgetMs, whileTyping: true });
    } catch (error) {
      // A failure of the linter must not take the extension down: log it (once per version,
      // though opening a draft tries it more than once) and leave this draft alone.
      const previous = this.drafts.get(key);
      if (previous?.version !== document.version || previous.skipped !== COULD_NOT_CHECK) {
        this.engine.log.error(`Could not check ${document.uri.toString(true)}:`, error as Error);
      }
      return this.keep(document, { ...base, configProblems: problems, skipped: COULD_NOT_CHECK });
    }
    const all = result.diagnostics.map((core) => toFinding(document, core));
    const findings = all.filter((finding) => !this.ignores.has(document.uri, { ruleId: finding.core.ruleId, text: finding.text }));
    const draft: LintedDraft = {
      uri: document.uri,
      version: document.version,
      kind: result.kind,
      stats: result.stats,
      checklist: result.checklist,
      asks: result.asks,
      findings,
      ...toDraftAsks(document, result, text),
      ignoredCount: all.length - findings.length,
      // The loader named the config's problems; the rest of the core's are the draft's own.
      configProblems: [
        ...problems,
        ...result.configProblems.filter((problem) => !known.has(problem)).map((problem) => `${vscode.workspace.asRelativePath(document.uri)}: ${problem}`),
      ],
      configFile: file,
      fileRuleIds,
      partial: !result.complete,
    };
    // A lint that ran out of time has still parsed and cached what it read, so the same text
    // checked again goes further, often to the end: a busy start-up, not a long draft, is the
    // usual cause. Once per version, so a draft too long for any budget costs one more try.
    if (draft.partial && this.retried.get(key) !== document.version) {
      this.retried.set(key, document.version);
      this.schedule(document);
    }
    return this.keep(document, draft);
  }

  private keep(document: vscode.TextDocument, draft: LintedDraft): LintedDraft {
    this.drafts.set(document.uri.toString(), draft);
    this.show(document.uri, draft);
    this.linted.fire(document.uri);
    return draft;
  }

  /** Replaces the document's diagnostics only when what the user sees changes, so nothing flickers. */
  private show(uri: vscode.Uri, draft: LintedDraft): void {
    const key = displayKey(draft.findings);
    if (this.shown.get(uri.toString()) === key) return;
    this.shown.set(uri.toString(), key);
    this.collection.set(uri, draft.findings.map((finding) => finding.diagnostic));
  }

  private lintUri(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document) void this.lintNow(document);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.drafts.delete(key);
    this.shown.delete(key);
    this.collection.delete(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.inUse.delete(key);
    this.retried.delete(key);
    // Invalidates a lint still waiting for its config (it then finds no newer run to defer to).
    this.tickets.set(key, (this.tickets.get(key) ?? 0) + 1);
    this.running.delete(key);
    this.clear(uri);
    this.linted.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

const COULD_NOT_CHECK = 'could not be checked (details in Output › Outreach Linter)';

/** Stats of a draft that was not checked. */
const EMPTY_STATS: LintResult['stats'] = { words: 0, characters: 0, questions: 0, targetWords: { min: 0, max: 0 }, maxNoteCharacters: 0, readingGrade: 0, maxReadingGrade: 0 };

const isConfigFile = (uri: vscode.Uri): boolean => (CONFIG_FILE_NAMES as readonly string[]).includes(uri.path.slice(uri.path.lastIndexOf('/') + 1));

/** In an editor tab, or shown in an editor whose tab is not reported yet. */
const isOnScreen = (document: vscode.TextDocument): boolean => isInEditorTab(document.uri) || isVisible(document.uri);
