#!/usr/bin/env node
// Copies the extension, as the .vsix would hold it, to a folder whose package.json has
// `browser` and no `main`. Given such an extension, code-server (like vscode.dev) can
// only run it in the web worker extension host, so the suite exercises the web bundle.
// The suite's bundle goes inside the copy too: the workbench runs a test entry in the
// extension host of the extension whose folder holds it.
//
//   node test/vscode/web/prepare-extension.mjs
//
// Prints the folder (.vscode-test/web-extension).

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const folder = path.join(root, '.vscode-test', 'web-extension');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
if (!manifest.browser || !existsSync(path.join(root, manifest.browser))) {
  console.error(`prepare-extension: ${manifest.browser ?? 'package.json "browser"'} is missing (run npm run build first)`);
  process.exit(1);
}

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
// What the extension reads at run time (its bundle, snippets and rule pages), and the suite.
for (const item of [manifest.browser, 'dist/web/test/index.js', 'snippets', 'docs', 'README.md', 'LICENSE']) {
  cpSync(path.join(root, item), path.join(folder, item), { recursive: true });
}
const { main: _desktopOnly, ...webManifest } = manifest;
writeFileSync(path.join(folder, 'package.json'), JSON.stringify(webManifest, null, 2) + '\n');
console.log(folder);
