import { fileURLToPath } from 'node:url';
import { CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, lint, type Diagnostic, type DraftFormat } from '../core/index.js';
import { ConfigFinder } from './config.js';
import { FIX_ALL_KIND, hoverMarkdown, quickFixes, toLspDiagnostic, toLspEdits } from './convert.js';

/** Waits this long after a change before linting, unless the client sets `debounceMs`. */
const DEFAULT_DEBOUNCE_MS = 150;

interface Linted {
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * The language server: the same core and config discovery as the CLI, for any
 * editor that speaks LSP (Neovim, Helix, Zed, Sublime). Lints on open and change,
 * offers the core's fixes as code actions, and explains findings on hover.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigFinder();
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  const reported = new Set<string>();
  let debounceMs = DEFAULT_DEBOUNCE_MS;

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown };
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'outreach-lint' },
    };
  });

  const lintNow = (document: TextDocument) => {
    timers.delete(document.uri);
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    const found = path ? configs.forFile(path) : {};
    const format: DraftFormat = document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri) ? 'markdown' : 'plaintext';
    let result;
    try {
      result = lint(document.getText(), { config: found.config, format });
    } catch (error) {
      // A core failure must not take the server down: log it and leave this document alone.
      connection.console.error(`outreach-lint: could not lint ${document.uri}: ${(error as Error).stack ?? error}`);
      return;
    }
    // The file's problems name the file; the rest are the draft's own (its front matter).
    const fromFile = new Set(found.configProblems);
    const named = (problem: string) => `${fromFile.has(problem) ? found.path : (path ?? document.uri)}: ${problem}`;
    const problems = [found.problem, ...result.configProblems.map(named)].filter(Boolean) as string[];
    for (const problem of problems) {
      if (reported.has(problem)) continue;
      reported.add(problem);
      connection.window.showWarningMessage(`Outreach Linter: ${problem}`);
    }
    linted.set(document.uri, { version: document.version, diagnostics: result.diagnostics });
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(document, d)) });
  };

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    if (debounceMs === 0) lintNow(document);
    else timers.set(document.uri, setTimeout(() => lintNow(document), debounceMs));
  };

  // Fired on open too; a newly opened document is linted at once, edits after a pause.
  documents.onDidChangeContent(({ document }) => (linted.has(document.uri) ? schedule(document) : lintNow(document)));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** Findings for the document as it is now; stale ones (older version) are recomputed first. */
  const current = (uri: string): { document: TextDocument; diagnostics: Diagnostic[] } | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (linted.get(uri)?.version !== document.version) lintNow(document);
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
    const actions = [];
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
    return actions;
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
