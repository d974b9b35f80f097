import {
  AbstractMessageReader,
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { checkMessage, type MessageGate } from './messages.js';

/** Longest header block read before giving up on a client that sends no blank line. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Largest message accepted; a Content-Length past it is a broken frame, not a draft. */
export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A header line as RFC 9110 defines one: a token name, a colon, a value. */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
/** The start of a header line still arriving: part of a name. */
const HEADER_NAME_SO_FAR = /^[!#$%&'*+.^_`|~0-9A-Za-z-]*$/;

/** Why the connection was dropped: the stream can no longer be split into messages. */
export class BrokenFrameError extends Error {}

/**
 * Reads LSP frames (`Content-Length` header, blank line, JSON body) from stdin.
 *
 * Written here rather than using vscode-jsonrpc's StreamMessageReader because that
 * reader, after a missing, negative or non-numeric Content-Length, reports an error
 * and goes on waiting for a header it can never find (the server stays alive but
 * deaf), and it answers neither unparsable JSON (-32700) nor invalid requests
 * (-32600). Here a broken header is fatal (the caller exits with a message), while
 * a well-framed but bad body gets its JSON-RPC error and reading goes on.
 */
export class FrameReader extends AbstractMessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private bodyLength = -1;
  private callback: DataCallback | undefined;
  private failed = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly input: NodeJS.ReadableStream,
    /** Sends an error response straight back, for messages that never reach the connection. */
    private readonly reply: (response: ResponseMessage) => void,
    private readonly gate: MessageGate,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer) => this.onData(data);
    const onEnd = () => this.fireClose();
    const onError = (error: Error) => this.fireError(error);
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('error', onError);
      },
    };
  }

  private onData(data: Buffer): void {
    if (this.failed) return;
    this.chunks.push(data);
    this.buffered += data.length;
    try {
      for (let body = this.nextBody(); body; body = this.nextBody()) this.deliver(body);
    } catch (error) {
      this.failed = true;
      this.chunks = [];
      this.fireError(error instanceof BrokenFrameError ? error : new BrokenFrameError(String(error)));
      this.fireClose();
    }
  }

  /** The next complete body, or undefined until more bytes arrive. */
  private nextBody(): Buffer | undefined {
    if (this.bodyLength < 0) {
      const pending = this.take(this.buffered, false);
      const end = pending.indexOf(HEADER_END);
      if (end < 0) {
        if (pending.length > MAX_HEADER_BYTES) throw new BrokenFrameError(`no end of the message header within ${MAX_HEADER_BYTES} bytes`);
        checkHeaderSoFar(pending.toString('latin1'));
        return undefined;
      }
      this.bodyLength = contentLength(pending.subarray(0, end).toString('latin1'));
      this.take(end + HEADER_END.length, true);
    }
    if (this.buffered < this.bodyLength) return undefined;
    const body = this.take(this.bodyLength, true);
    this.bodyLength = -1;
    return body;
  }

  /** The first `length` buffered bytes as one buffer, removed from the buffer when `consume`. */
  private take(length: number, consume: boolean): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    if (!consume) return all;
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return all.subarray(0, length);
  }

  private deliver(body: Buffer): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.decoder.decode(body));
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : 'the body is not valid UTF-8';
      this.reply(errorResponse(null, ErrorCodes.ParseError, `Parse error: ${reason}`));
      return;
    }
    const checked = checkMessage(parsed, this.gate);
    if ('error' in checked) {
      if (checked.error) this.reply(checked.error);
    } else {
      this.callback?.(checked.message as Message);
    }
  }
}

/**
 * Fails as soon as what has come of a header cannot become one (say, the rest of a
 * body after a wrong Content-Length), rather than waiting for a blank line.
 */
function checkHeaderSoFar(text: string): void {
  const lines = text.split('\r\n');
  const last = lines.pop()!.replace(/\r$/, '');
  for (const line of lines) if (!HEADER_LINE.test(line)) throw new BrokenFrameError(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
  if (!HEADER_NAME_SO_FAR.test(last) && !HEADER_LINE.test(last)) throw new BrokenFrameError(`malformed header line ${JSON.stringify(last.slice(0, 80))}`);
}

/** The body length a header block announces; anything else than one plain number is fatal. */
function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const match = HEADER_LINE.exec(line);
    if (!match) throw new BrokenFrameError(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
    if (match[1].toLowerCase() !== 'content-length') continue; // Content-Type and others: UTF-8 JSON is all LSP sends.
    if (!/^\d{1,12}$/.test(match[2])) throw new BrokenFrameError(`Content-Length must be a non-negative whole number; got ${JSON.stringify(match[2].slice(0, 40))}`);
    const value = Number(match[2]);
    if (length !== undefined && length !== value) throw new BrokenFrameError('two different Content-Length headers');
    if (value > MAX_MESSAGE_BYTES) throw new BrokenFrameError(`Content-Length ${value} is over the ${MAX_MESSAGE_BYTES}-byte limit`);
    length = value;
  }
  if (length === undefined) throw new BrokenFrameError('the message header has no Content-Length');
  return length;
}

export function errorResponse(id: ResponseMessage['id'], code: number, message: string): ResponseMessage {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/**
 * The language server over stdio, read by a FrameReader: a broken
 * frame ends the process with a message on stderr instead of leaving it deaf.
 */
export function stdioConnection(): Connection {
  const gate: MessageGate = { initialized: false, shutdown: false };
  const writer = new StreamMessageWriter(process.stdout);
  // Error responses the reader sends itself; the process waits for them before it exits.
  let replies: Promise<void> = Promise.resolve();
  const reader = new FrameReader(process.stdin, (response) => (replies = replies.then(() => writer.write(response)).catch(() => undefined)), gate);
  let leaving = false;
  const leave = (code: number, why?: string) => {
    if (leaving) return;
    leaving = true;
    void replies.finally(() => {
      if (why) process.stderr.write(`outreach-ls: ${why}\n`);
      process.exit(code);
    });
  };
  reader.onError((error) => {
    if (error instanceof BrokenFrameError) leave(1, `the client sent a broken message (${error.message}); closing the connection`);
  });
  reader.onClose(() => leave(gate.shutdown ? 0 : 1));
  return createConnection(ProposedFeatures.all, reader, writer);
}
