#!/usr/bin/env node
// `npm start`: opens the extension in a real VS Code (code-server) for manual
// use. Loads the repository as the extension under development, opens the
// examples/ folder, prints the URL and runs until Ctrl-C.
//
//   node test/vscode/runner/start.mjs [--port N] [--folder PATH] [--untrusted]
//
// It builds nothing: run `npm run build` first (and again after changes,
// then reload the browser tab).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CACHE_DIR, REPO_ROOT, ProvisionError, log, provision, startCodeServer, workbenchUrl,
} from './code-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    folder: { type: 'string' },
    untrusted: { type: 'boolean', default: false },
  },
});

const folder = path.resolve(values.folder ?? path.join(REPO_ROOT, 'examples'));
if (!existsSync(folder)) {
  console.error(`[vscode-e2e] folder ${folder} does not exist`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
if (manifest.main && !existsSync(path.join(REPO_ROOT, manifest.main))) {
  console.error(`[vscode-e2e] warning: ${manifest.main} is missing; run \`npm run build\` first`);
}

let server;
try {
  const entry = await provision();
  server = await startCodeServer({
    entry,
    folder,
    // Kept between sessions (unlike test runs) so editor settings persist.
    stateDir: path.join(CACHE_DIR, 'start'),
    trust: values.untrusted,
    port: values.port ? Number(values.port) : undefined,
  });
} catch (err) {
  console.error(`\n[vscode-e2e] FAILED: ${err instanceof ProvisionError ? err.message : err.stack}\n`);
  process.exit(1);
}

process.on('exit', () => server.stop());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { log('stopping'); process.exit(0); });
}
server.child.on('exit', (code, signal) => {
  console.error(`[vscode-e2e] code-server exited (${signal ?? code})`);
  process.exit(1);
});

const url = workbenchUrl({ port: server.port, folder, extensionDevelopmentPath: REPO_ROOT });
log(`VS Code with Outreach Linter (development mode) is running${values.untrusted ? ' in Restricted Mode' : ''}.`);
log(`Open this URL in a browser on this machine (it listens on 127.0.0.1 only):\n\n  ${url}\n`);
log('Press Ctrl-C to stop.');
