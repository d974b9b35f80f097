/**
 * Stands in for Node's `net` in the language server bundle. vscode-jsonrpc loads
 * `net` for its socket and named-pipe transports; this server speaks only over
 * stdio and never opens a connection, so those transports fail loudly instead.
 */
const stdioOnly = (): never => {
  throw new Error('outreach-ls speaks over stdio only; sockets and pipes are not supported');
};
export const createServer = stdioOnly;
export const createConnection = stdioOnly;
export const connect = stdioOnly;
