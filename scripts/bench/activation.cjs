// One cold activation of dist/extension.js in a fresh Node process, with the fake `vscode`
// module and one untitled email draft open. Prints timings as JSON on stdout.
// Usage: node scripts/bench/activation.cjs <repo root>   (the draft on stdin)
'use strict';

const Module = require('node:module');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { createFakeVscode, createFakeContext, createDocument, Uri } = require('./fake-vscode.cjs');

const WAIT_MS = 2000;

async function main() {
  const root = process.argv[2];
  const draft = readFileSync(0, 'utf8');
  // An untitled note that looks like an email is linted without any setting or glob.
  const document = createDocument({ text: draft, uri: Uri.parse('untitled:Untitled-1'), languageId: 'plaintext' });

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
  const extension = require(path.join(root, 'dist', 'extension.js'));
  const required = performance.now();
  await extension.activate(createFakeContext(root));
  const activated = performance.now();

  const within = (ms) => Promise.race([first, new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
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
    const { lint } = require(path.join(root, 'dist', 'core.js'));
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
