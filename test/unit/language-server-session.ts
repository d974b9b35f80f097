import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The built language server, as an editor starts it. */
export const SERVER = resolve(__dirname, '../../bin/outreach-ls.js');

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface LspDiagnostic {
  range: LspRange;
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription: { href: string };
}
export interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: LspDiagnostic[];
  edit: { changes: Record<string, { range: LspRange; newText: string }[]> };
}
export interface Published {
  version?: number;
  diagnostics: LspDiagnostic[];
}

export interface SessionOptions {
  capabilities?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Answers workspace/configuration, as a client holding settings would. */
  configuration?: (items: { scopeUri?: string; section?: string }[]) => unknown[];
  /** The button to pick when the server shows a message with buttons. */
  pick?: string;
}

/**
 * A client talking to the built language server over stdio, as Neovim or Helix
 * would, with what the server sent kept for the test to read.
 */
export class Session {
  readonly published = new Map<string, Published[]>();
  /** window/showMessageRequest texts (pop-ups with buttons). */
  readonly popUps: string[] = [];
  /** window/showMessage texts. */
  readonly shown: string[] = [];
  /** window/logMessage texts. */
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly server: ChildProcess;
  readonly connection: MessageConnection;
  /** The workspace folder, where drafts and config files go. */
  readonly dir = mkdtempSync(join(tmpdir(), 'outreach-ls-'));
  /** The server's own home and temp folders, to show afterwards that it wrote nothing. */
  private readonly home = mkdtempSync(join(tmpdir(), 'outreach-ls-home-'));

  constructor(options: SessionOptions = {}) {
    const home = this.home;
    const env = { PATH: process.env.PATH, HOME: home, USERPROFILE: home, XDG_CACHE_HOME: join(home, '.cache'), TMPDIR: home, TMP: home, TEMP: home };
    this.server = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), { version: params.version, diagnostics: params.diagnostics }]);
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string; actions?: { title: string }[] }) => {
      this.popUps.push(params.message);
      return params.actions?.find((action) => action.title === options.pick) ?? null;
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.shown.push(params.message));
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      options.configuration ? options.configuration(params.items) : params.items.map(() => null),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  static async start(options: SessionOptions = {}): Promise<Session> {
    const session = new Session(options);
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(session.dir).href,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
    })) as { capabilities: { codeActionProvider: unknown; hoverProvider: boolean } };
    assert.ok(init.capabilities.codeActionProvider && init.capabilities.hoverProvider);
    await session.connection.sendNotification('initialized', {});
    return session;
  }

  /** Files and folders the test put in the workspace; anything else there was written by the server. */
  private readonly written = new Set<string>();

  /** Writes a file in the workspace (a config file, a draft), creating its folders. */
  write(name: string, text: string): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    for (let part = name; part !== '.'; part = dirname(part)) this.written.add(part);
    return path;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.dir, name)).href;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-document change), as version `version`. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the `count`-th publish for `uri` once it arrives. */
  nextDiagnostics(uri: string, count: number): Promise<LspDiagnostic[]> {
    return this.until(() => (this.published.get(uri) ?? [])[count - 1]?.diagnostics, `publish #${count} for ${uri}`);
  }

  /** Polls until `value` returns something, or fails after a while naming `what`. */
  until<T>(value: () => T | undefined, what: string, ms = 20_000): Promise<T> {
    return new Promise<T>((done, fail) => {
      const started = Date.now();
      const poll = () => {
        const found = value();
        if (found !== undefined) done(found);
        else if (Date.now() - started > ms) fail(new Error(`timed out waiting for ${what}`));
        else setTimeout(poll, 10);
      };
      poll();
    });
  }

  /** A request and its answer, which settles everything the server sent before it. */
  roundTrip(): Promise<unknown> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:nothing-open' }, position: { line: 0, character: 0 } });
  }

  /** Shuts the server down, checks it exited and wrote nothing, and removes its folders. */
  async close(): Promise<void> {
    try {
      if (this.server.exitCode === null) {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
        const exited = await Promise.race([
          new Promise((done) => this.server.once('exit', () => done(true))),
          new Promise((done) => setTimeout(() => done(this.server.exitCode !== null), 5_000)),
        ]);
        if (!exited) this.server.kill();
        assert.ok(exited, 'the server exits after "exit"');
      }
      // Drafts come and go as messages; nothing of them is written, in the workspace or elsewhere.
      assert.deepEqual(readdirSync(this.home), [], 'files in the server’s home or temp folder');
      const found = (readdirSync(this.dir, { recursive: true }) as string[]).map((name) => relative('.', name));
      assert.deepEqual(found.filter((name) => !this.written.has(name)), [], 'files the server wrote');
    } finally {
      this.connection.dispose();
      rmSync(this.dir, { recursive: true, force: true });
      rmSync(this.home, { recursive: true, force: true });
    }
  }
}
