// One cold activation of the extension bundle in a fresh Node process, with the fake `vscode`
// module and one email draft open. Prints timings as JSON on stdout.
// Usage: node scripts/bench/activation.cjs <repo root> [extension.js] [core.js]   (the draft on stdin;
// the bundles default to those in dist/)
'use strict';

const Module = require('node:module');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { createFakeVscode, createFakeContext, createDocument, Uri } = require('./fake-vscode.cjs');

const WAIT_MS = 1000;

async function main() {
  const root = process.argv[2];
  const extensionPath = process.argv[3] || path.join(root, 'dist', 'extension.js');
  const corePath = process.argv[4] || path.join(root, 'dist', 'core.js');
  const draft = readFileSync(0, 'utf8');
  // A file the default include globs cover (`**/*.email.txt`, `**/outreach/**`), so it is linted as a draft.
  const document = createDocument({ text: draft, uri: Uri.file('/home/writer/outreach/intro.email.txt'), languageId: 'plaintext' });

  let resolveFirst;
  const first = new Promise((resolve) => (resolveFirst = resolve));
  const { vscode, fire, editor } = createFakeVscode({
    document,
    onDiagnostics: (uri, diagnostics) => {
      if (String(uri) === String(document.uri)) resolveFirst({ at: performance.now(), count: diagnostics.length });
    },
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };

  const start = performance.now();
  const extension = require(extensionPath);
  const required = performance.now();
  await extension.activate(createFakeContext(root));
  const activated = performance.now();

  const within = (ms) => Promise.race([first, new Promise((resolve) => setTimeout(() => resolve(undefined), ms))]);
  let via = 'extension';
  let result = await within(WAIT_MS);
  if (!result) {
    // It may lint only on editor events; VS Code does not send them for editors open before activation.
    fire('window.onDidChangeActiveTextEditor', editor);
    fire('workspace.onDidOpenTextDocument', document);
    via = 'extension, after an open-editor event';
    result = await within(WAIT_MS);
  }
  if (!result) {
    // The fake could not drive the extension's own path: time the core's first lint instead.
    via = 'core lint (the extension published nothing)';
    // The wait above is left out: activation, then loading the core and its first lint.
    const coreStart = performance.now();
    const { lint } = require(corePath);
    const diagnostics = lint(draft).diagnostics;
    result = { at: activated + (performance.now() - coreStart), count: diagnostics.length };
  }
  if (typeof extension.deactivate === 'function') await extension.deactivate();
  process.stdout.write(
    JSON.stringify({ requireMs: required - start, activateMs: activated - required, firstLintMs: result.at - start, diagnostics: result.count, via }),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error));
    process.exit(1);
  },
);
