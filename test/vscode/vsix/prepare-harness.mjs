#!/usr/bin/env node
// Makes the folder that carries the suite for the run against the packaged extension
// (npm run test:vsix). The workbench runs a test entry in the extension host of the
// extension whose folder holds it, and needs an extension under development to run
// tests at all; this folder is that extension, with a different id and nothing to
// activate, so the Outreach Linter under test is the copy installed from the .vsix.
//
//   node test/vscode/vsix/prepare-harness.mjs
//
// Prints the folder (.vscode-test/vsix-harness); the suite's entry is index.js in it.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const folder = path.join(root, '.vscode-test', 'vsix-harness');

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
await build({
  entryPoints: [path.join(root, 'test/vscode/vsix/index.ts')],
  outfile: path.join(folder, 'index.js'),
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning',
  // mocha stays a require() of the repository's copy (found by walking up from here).
  external: ['vscode', 'mocha'],
});
writeFileSync(path.join(folder, 'main.js'), 'exports.activate = () => {};\n');
writeFileSync(path.join(folder, 'package.json'), JSON.stringify({
  name: 'vsix-test-harness',
  displayName: 'Test harness for the packaged Outreach Linter',
  publisher: 'outreach-linter-tests',
  version: '0.0.0',
  private: true,
  engines: { vscode: '*' },
  // `main` and `workspace` put the harness, and so the suite, in the Node extension host.
  main: './main.js',
  extensionKind: ['workspace'],
}, null, 2) + '\n');
console.log(folder);
