import { ErrorCodes, type Message, type ResponseMessage } from 'vscode-languageserver/node';

/** Where the session is: LSP allows only `initialize` first, and nothing but `exit` after `shutdown`. */
export interface MessageGate {
  initialized: boolean;
  shutdown: boolean;
}

/** A message to hand to the connection, or the error response to send instead (null: drop it quietly). */
export type Checked = { message: Message } | { error: ResponseMessage | null };

type Id = number | string | null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number | string => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isUint = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPosition = (value: unknown) => isRecord(value) && isUint(value.line) && isUint(value.character);
const isRange = (value: unknown) => isRecord(value) && isPosition(value.start) && isPosition(value.end);
const hasDocument = (params: Record<string, unknown>) => isRecord(params.textDocument) && typeof params.textDocument.uri === 'string';

/**
 * Params of the requests this server answers, checked before a handler sees them,
 * so a malformed request gets -32602 (Invalid params) instead of an internal error.
 */
const PARAMS: Record<string, { check: (params: Record<string, unknown>) => boolean; expected: string }> = {
  initialize: {
    check: (params) => (params.processId === null || typeof params.processId === 'number' || params.processId === undefined) && isRecord(params.capabilities),
    expected: '{ processId, capabilities: { … } }',
  },
  'textDocument/hover': { check: (params) => hasDocument(params) && isPosition(params.position), expected: '{ textDocument: { uri }, position: { line, character } }' },
  'textDocument/codeAction': {
    check: (params) => hasDocument(params) && isRange(params.range) && isRecord(params.context) && Array.isArray(params.context.diagnostics),
    expected: '{ textDocument: { uri }, range: { start, end }, context: { diagnostics: [] } }',
  },
};

const error = (id: Id, code: number, message: string): Checked => ({ error: { jsonrpc: '2.0', id, error: { code, message } } });

/**
 * Written here because vscode-jsonrpc only logs a message it cannot classify and
 * lets handlers meet params of any shape; JSON-RPC 2.0 and LSP ask for answers.
 *
 * Checks one parsed JSON-RPC message: its shape (-32600), the params of the requests
 * this server handles (-32602), and the LSP life cycle (-32002 before `initialize`,
 * -32600 after `shutdown`). Updates the gate as `initialize` and `shutdown` pass.
 */
export function checkMessage(value: unknown, gate: MessageGate): Checked {
  if (!isRecord(value)) return error(null, ErrorCodes.InvalidRequest, 'Invalid request: a message must be a JSON object (batches are not part of LSP)');
  const id: Id = isId(value.id) ? value.id : null;
  if (value.jsonrpc !== '2.0') return error(id, ErrorCodes.InvalidRequest, 'Invalid request: "jsonrpc" must be "2.0"');
  if (!('method' in value)) {
    // A response to one of our requests (workspace/configuration, showMessageRequest).
    const isResponse = 'id' in value && (isId(value.id) || value.id === null) && ('result' in value) !== ('error' in value);
    return isResponse ? { message: value as unknown as Message } : error(id, ErrorCodes.InvalidRequest, 'Invalid request: no "method", and not a response');
  }
  if (typeof value.method !== 'string') return error(id, ErrorCodes.InvalidRequest, 'Invalid request: "method" must be a string');
  const isRequest = 'id' in value;
  if (isRequest && !isId(value.id)) return error(null, ErrorCodes.InvalidRequest, 'Invalid request: "id" must be a number or a string');
  const params = value.params;
  if (params !== undefined && params !== null && typeof params !== 'object') {
    return isRequest ? error(id, ErrorCodes.InvalidRequest, 'Invalid request: "params" must be an object or an array') : { error: null };
  }

  const method = value.method;
  if (!isRequest) {
    // Notifications get no answer: before initialize and after shutdown only `exit` counts.
    if (method === 'exit') return { message: value as unknown as Message };
    return gate.initialized && !gate.shutdown ? { message: value as unknown as Message } : { error: null };
  }
  if (gate.shutdown) return error(id, ErrorCodes.InvalidRequest, `the server is shutting down; "${method}" is refused`);
  if (method === 'initialize' && gate.initialized) return error(id, ErrorCodes.InvalidRequest, '"initialize" may be sent only once');
  if (method !== 'initialize' && !gate.initialized) return error(id, ErrorCodes.ServerNotInitialized, `the server is not initialized: send "initialize" before "${method}"`);
  const expected = PARAMS[method];
  if (expected && !(isRecord(params) && expected.check(params))) return error(id, ErrorCodes.InvalidParams, `Invalid params for "${method}": expected ${expected.expected}`);
  if (method === 'initialize') gate.initialized = true;
  if (method === 'shutdown') gate.shutdown = true;
  return { message: value as unknown as Message };
}
