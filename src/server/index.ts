import { basename, dirname, sep } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, fixAllEdits, lint, type Diagnostic } from '../core/index.js';
import { ConfigFinder, type FoundConfig } from './config.js';
import { FIX_ALL_KIND, hoverMarkdown, quickFixes, toLspDiagnostic, toLspEdits } from './convert.js';
import { ProblemReporter } from './problems.js';
import { ClientSettingsSource, SETTINGS_NAME, withConfigFile } from './settings.js';
import { withUniqueTitles } from './titles.js';
import { stdioConnection } from './transport.js';
import { configSearchStart, documentName, isMarkdown, localPathOf } from './uris.js';

/** Waits this long after a change before linting, unless the client sets `debounceMs`. */
const DEFAULT_DEBOUNCE_MS = 150;

/** Why a lint runs: typing only logs problems; the others may show them (see ProblemReporter). */
type Reason = 'open' | 'change' | 'request' | 'save' | 'config';

interface Linted {
  version: number;
  diagnostics: Diagnostic[];
  /** What was last published, to publish a version again only when its findings changed. */
  published: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The language server: the same core and config discovery as the CLI, for any
 * editor that speaks LSP (Neovim, Emacs, Helix, Zed). Lints on open and change,
 * offers the core's fixes as code actions, explains findings on hover, and takes
 * the `outreach` settings section as VS Code's extension does.
 */
export function startServer(connection: Connection = stdioConnection()): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigFinder();
  const problems = new ProblemReporter(connection);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose didOpen is being handled, so its change event is not a keystroke. */
  const opening = new Set<string>();
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let workspaceRoot: string | undefined;
  let watchesConfigFiles = false;
  let registersConfigurationChanges = false;
  const settings = new ClientSettingsSource(connection);

  connection.onInitialize((params) => {
    const workspace = params.capabilities.workspace;
    settings.canPull = workspace?.configuration === true;
    watchesConfigFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    registersConfigurationChanges = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const options = isRecord(params.initializationOptions) ? params.initializationOptions : {};
    const initial = settings.push(options.outreach);
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    else if (initial.debounceMs !== undefined) debounceMs = initial.debounceMs;
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    workspaceRoot = root ? localPathOf(root) : (params.rootPath ?? undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'outreach-lint' },
    };
  });

  connection.onInitialized(() => {
    const registered = (what: string) => (error: unknown) => connection.console.warn(`outreach-lint: could not register for ${what}: ${String(error)}`);
    if (registersConfigurationChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'outreach' }).catch(registered('settings changes'));
    }
    if (watchesConfigFiles) {
      const watchers = [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(registered('config file changes'));
    }
  });

  const publish = (document: TextDocument, diagnostics: Diagnostic[]) => {
    const lsp = diagnostics.map((d) => toLspDiagnostic(document, d));
    const published = JSON.stringify(lsp);
    const last = linted.get(document.uri);
    linted.set(document.uri, { version: document.version, diagnostics, published });
    if (last?.version === document.version && last.published === published) return;
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: lsp });
  };

  const lintNow = (document: TextDocument, reason: Reason) => {
    // A pending debounced lint is now redundant: left running, it would publish this version again.
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    try {
      const fromClient = settings.for(document.uri);
      const start = configSearchStart(document.uri, workspaceRoot);
      const found: FoundConfig = start ? configs.forFile(start) : {};
      const config = withConfigFile(fromClient.config, found.config);
      const result = lint(document.getText(), { config, format: isMarkdown(document.uri, document.languageId) ? 'markdown' : 'plaintext' });
      // Each problem names where to fix it: the config file, the settings, or the draft (its front matter).
      const fromFile = new Set(found.configProblems);
      const fromSettings = new Set(fromClient.problems);
      const named = (problem: string) =>
        `${fromFile.has(problem) ? found.path : fromSettings.has(problem) ? SETTINGS_NAME : documentName(document.uri)}: ${problem}`;
      const settingsOnly = fromClient.problems.filter((problem) => !result.configProblems.includes(problem)).map((problem) => `${SETTINGS_NAME}: ${problem}`);
      const all = [found.problem, ...settingsOnly, ...result.configProblems.map(named)].filter((problem): problem is string => Boolean(problem));
      problems.report(document.uri, document.version, all, reason !== 'change' && reason !== 'request');
      publish(document, result.diagnostics);
    } catch (error) {
      // A core failure must not take the server down: log it and leave this document alone.
      connection.console.error(`outreach-lint: could not lint ${document.uri}: ${(error as Error).stack ?? error}`);
    }
  };

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    const wait = settings.for(document.uri).debounceMs ?? debounceMs;
    if (wait === 0) return lintNow(document, 'change');
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        // The document as it is now; a closed one is not linted.
        const now = documents.get(document.uri);
        if (now) lintNow(now, 'change');
      }, wait),
    );
  };

  /** Re-lints the open drafts under the folders of changed config files. */
  const relintGovernedBy = (configUris: string[]) => {
    const folders = configUris
      .filter((uri) => (CONFIG_FILE_NAMES as readonly string[]).includes(basename(localPathOf(uri) ?? '')))
      .map((uri) => dirname(localPathOf(uri)!));
    if (folders.length === 0) return;
    for (const document of documents.all()) {
      const start = configSearchStart(document.uri, workspaceRoot);
      if (start && folders.some((folder) => start.startsWith(folder.endsWith(sep) ? folder : folder + sep))) lintNow(document, 'config');
    }
  };

  documents.onDidOpen(({ document }) => {
    opening.add(document.uri);
    if (!settings.canPull) return lintNow(document, 'open');
    void settings.pull([document.uri]).then(() => {
      const now = documents.get(document.uri);
      if (now) lintNow(now, 'open');
    });
  });
  // Fired right after onDidOpen for the same document; edits are linted after a pause.
  documents.onDidChangeContent(({ document }) => {
    if (opening.delete(document.uri)) return;
    schedule(document);
  });
  documents.onDidSave(({ document }) => {
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(basename(localPathOf(document.uri) ?? ''))) relintGovernedBy([document.uri]);
    // Without file watching, saving is when a changed config file is noticed.
    else lintNow(document, 'save');
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    settings.forget(document.uri);
    problems.forget(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => relintGovernedBy(changes.map((change) => change.uri)));

  connection.onDidChangeConfiguration(async (change) => {
    if (isRecord(change.settings) && 'outreach' in change.settings) {
      const pushed = settings.push(change.settings.outreach);
      if (pushed.debounceMs !== undefined) debounceMs = pushed.debounceMs;
    }
    await settings.pull(documents.keys());
    for (const document of documents.all()) lintNow(document, 'config');
  });

  /** Findings for the document as it is now; stale ones (older version) are recomputed first. */
  const current = (uri: string): { document: TextDocument; diagnostics: Diagnostic[] } | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (linted.get(uri)?.version !== document.version) lintNow(document, 'request');
    const entry = linted.get(uri);
    return entry && entry.version === document.version ? { document, diagnostics: entry.diagnostics } : undefined;
  };

  connection.onCodeAction(({ textDocument, range, context }) => {
    const state = current(textDocument.uri);
    if (!state) return [];
    const { document, diagnostics } = state;
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const wantsFixAll = context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind) || kind === FIX_ALL_KIND) ?? false;
    const actions: CodeAction[] = [];
    if (!context.only || context.only.includes(CodeActionKind.QuickFix)) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.start > end || diagnostic.end < start) continue;
        actions.push(...quickFixes(document, diagnostic, toLspDiagnostic(document, diagnostic)));
      }
    }
    const fixAll = fixAllEdits(diagnostics);
    if ((wantsFixAll || !context.only) && fixAll.length > 0) {
      actions.push({ title: 'Fix all outreach issues that need no new words', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: toLspEdits(document, fixAll) } } });
    }
    return withUniqueTitles(document, actions);
  });

  connection.onHover(({ textDocument, position }) => {
    const state = current(textDocument.uri);
    if (!state) return null;
    const offset = state.document.offsetAt(position);
    const found = state.diagnostics.filter((d) => d.start <= offset && offset <= d.end);
    if (found.length === 0) return null;
    return { contents: { kind: 'markdown', value: found.map(hoverMarkdown).join('\n\n---\n\n') } };
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
