import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { FLAGGED_REQUEST } from './drafts.js';
import { SERVER } from './language-server-session.js';

interface Response {
  id?: number | string | null;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const message = (value: unknown) => frame(JSON.stringify(value));
const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

/** The server spoken to byte by byte, to send what no well-behaved client library would. */
class RawClient {
  readonly server: ChildProcess;
  readonly received: Response[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor() {
    this.server = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    new StreamMessageReader(this.server.stdout!).listen((received) => this.received.push(received as Response));
    this.exited = new Promise((done) => this.server.once('exit', (code) => done(code)));
  }

  send(bytes: string): void {
    this.server.stdin!.write(bytes);
  }

  /** The response to request `id` (or, with `null`, the `count`-th response without an id). */
  response(id: number | string | null, count = 1): Promise<Response> {
    return new Promise((done, fail) => {
      const started = Date.now();
      const poll = () => {
        const found = this.received.filter((r) => r.method === undefined && r.id === id)[count - 1];
        if (found) done(found);
        else if (Date.now() - started > 10_000) fail(new Error(`no response ${count} for id ${id}; got ${JSON.stringify(this.received)}`));
        else setTimeout(poll, 10);
      };
      poll();
    });
  }

  /** Resolves with the exit code, or with "still running" after a while. */
  exitWithin(ms: number): Promise<number | null | 'still running'> {
    return Promise.race([this.exited, new Promise<'still running'>((done) => setTimeout(() => done('still running'), ms))]);
  }

  stop(): void {
    if (this.server.exitCode === null) this.server.kill();
  }
}

describe('language server: JSON-RPC and the LSP life cycle', function () {
  this.timeout(30_000);
  let client: RawClient;
  beforeEach(() => {
    client = new RawClient();
  });
  afterEach(() => client.stop());

  const initialize = async () => {
    client.send(message(INITIALIZE));
    assert.ok(((await client.response(1)).result as { capabilities: unknown }).capabilities);
    client.send(message({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  };

  it('answers malformed JSON with -32700 and goes on serving', async () => {
    await initialize();
    client.send(frame('{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {'));
    const parseError = await client.response(null);
    assert.equal(parseError.error?.code, -32700);
    client.send(message({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nothing.md' }, position: { line: 0, character: 0 } } }));
    assert.equal((await client.response(3)).result, null);
  });

  it('reads messages that arrive a byte at a time, split inside headers and characters', async () => {
    const bytes = Buffer.from(message(INITIALIZE) + message({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///café.md' }, position: { line: 0, character: 0 } } }));
    for (const byte of bytes) {
      client.server.stdin!.write(Buffer.from([byte]));
      await new Promise((done) => setImmediate(done));
    }
    assert.ok((await client.response(1)).result);
    assert.deepEqual(await client.response(2), { jsonrpc: '2.0', id: 2, result: null });
  });

  it('answers invalid requests with -32600', async () => {
    await initialize();
    const invalid: [unknown, number | string | null][] = [
      [{ jsonrpc: '2.0', id: 10, method: 42 }, 10],
      [{ jsonrpc: '1.0', id: 11, method: 'textDocument/hover' }, 11],
      [{ jsonrpc: '2.0', id: 12, method: 'textDocument/hover', params: 'not structured' }, 12],
      [{ jsonrpc: '2.0', id: { not: 'an id' }, method: 'textDocument/hover' }, null],
      [[{ jsonrpc: '2.0', id: 13, method: 'shutdown' }], null],
      ['a string', null],
    ];
    for (const [value] of invalid) client.send(message(value));
    for (const [value, id] of invalid) {
      const count = invalid.filter(([, other], index) => other === id && index <= invalid.findIndex(([v]) => v === value)).length;
      const response = await client.response(id, count);
      assert.equal(response.error?.code, -32600, `${JSON.stringify(value)} → ${JSON.stringify(response)}`);
    }
  });

  it('answers requests with wrong params with -32602', async () => {
    await initialize();
    client.send(message({ jsonrpc: '2.0', id: 20, method: 'textDocument/hover', params: { textDocument: {}, position: { line: 0, character: 0 } } }));
    client.send(message({ jsonrpc: '2.0', id: 21, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///a.md' }, range: { start: { line: -1, character: 0 } } } }));
    client.send(message({ jsonrpc: '2.0', id: 22, method: 'textDocument/hover', params: [] }));
    for (const id of [20, 21, 22]) assert.equal((await client.response(id)).error?.code, -32602, `request ${id}`);
    // The server is still there.
    client.send(message({ jsonrpc: '2.0', id: 23, method: 'shutdown' }));
    assert.equal((await client.response(23)).error, undefined);
  });

  it('refuses requests before initialize with -32002, drops notifications, and refuses requests after shutdown', async () => {
    const hover = { jsonrpc: '2.0', id: 30, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///d.email.md' }, position: { line: 0, character: 0 } } };
    client.send(message(hover));
    assert.equal((await client.response(30)).error?.code, -32002);
    // Opened before initialize: dropped, so never linted.
    client.send(message({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///d.email.md', languageId: 'markdown', version: 1, text: FLAGGED_REQUEST } } }));
    await initialize();
    client.send(message({ ...hover, id: 31 }));
    assert.equal((await client.response(31)).result, null);
    assert.ok(!client.received.some((r) => r.method === 'textDocument/publishDiagnostics'), 'a document opened before initialize was linted');
    client.send(message({ ...INITIALIZE, id: 32 }));
    assert.equal((await client.response(32)).error?.code, -32600, 'initialize twice');
    client.send(message({ jsonrpc: '2.0', id: 33, method: 'shutdown' }));
    await client.response(33);
    client.send(message({ ...hover, id: 34 }));
    assert.equal((await client.response(34)).error?.code, -32600);
    client.send(message({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await client.exitWithin(5_000), 0);
  });

  const brokenHeaders: [string, string][] = [
    ['a missing Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{}'],
    ['a header line without a colon', 'Content-Length 12\r\n\r\n{}'],
    ['a header that never ends', `Content-Length: 2\r\n${'X-Padding: x\r\n'.repeat(1000)}`],
  ];
  for (const [what, bytes] of brokenHeaders) {
    it(`drops the connection with a message on ${what}`, async () => {
      await initialize();
      client.send(bytes);
      assert.equal(await client.exitWithin(5_000), 1, 'the server exits instead of waiting');
      assert.match(client.stderr, /outreach-ls: the client sent a broken message \(.+\); closing the connection/);
    });
  }

  for (const [what, delta] of [['too short', -5], ['too long', 20]] as const) {
    it(`answers a body cut by a Content-Length ${what} with -32700, then drops the connection instead of going deaf`, async () => {
      await initialize();
      const body = JSON.stringify({ jsonrpc: '2.0', id: 40, method: 'shutdown' });
      // The next message is swallowed into the body, or the body's end is read as a header.
      client.send(`Content-Length: ${body.length + delta}\r\n\r\n${body}`);
      client.send(message({ jsonrpc: '2.0', id: 41, method: 'shutdown' }));
      assert.equal((await client.response(null)).error?.code, -32700);
      assert.equal(await client.exitWithin(5_000), 1);
      assert.match(client.stderr, /broken message \((malformed header line|the message header has no Content-Length)/);
    });
  }
});
