#!/usr/bin/env node
// Runs the same suite in desktop VS Code through @vscode/test-electron, for a
// machine with internet access (it downloads VS Code into .vscode-test/ once).
// Two runs, like `npm run test:vscode`: a trusted folder, then the same folder
// in Restricted Mode. Build first (`npm run build`).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode } from '@vscode/test-electron';

// The VS Code that code-server 4.100.3 ships, so both runners test the same version.
const VSCODE_VERSION = '1.100.3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const suite = path.join(root, 'dist', 'test', 'vscode', 'index.js');
if (!existsSync(suite)) {
  console.error(`${suite} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const executable = await downloadAndUnzipVSCode(VSCODE_VERSION);
for (const mode of ['trusted', 'untrusted']) {
  const prepared = spawnSync(process.execPath, [path.join(root, 'test', 'vscode', 'suite', 'prepare-workspace.mjs'), mode], { encoding: 'utf8' });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
  const folder = prepared.stdout.trim();

  // Own profile per run; no startup trust dialog, so Restricted Mode opens directly.
  const profile = path.join(root, '.vscode-test', `electron-${mode}`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(path.join(profile, 'user-data', 'User'), { recursive: true });
  writeFileSync(
    path.join(profile, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.startupPrompt': 'never', 'workbench.startupEditor': 'none' }, null, 2),
  );

  // The arguments runTests() passes, less --disable-workspace-trust for the untrusted run
  // (runTests always adds it, so it cannot open a folder in Restricted Mode).
  const args = [
    folder,
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-extensions',
    `--extensionDevelopmentPath=${root}`,
    `--extensionTestsPath=${suite.replace(/\.js$/, '')}`,
    `--user-data-dir=${path.join(profile, 'user-data')}`,
    `--extensions-dir=${path.join(profile, 'extensions')}`,
    ...(mode === 'trusted' ? ['--disable-workspace-trust'] : []),
  ];
  console.log(`[electron] ${mode} run in VS Code ${VSCODE_VERSION}`);
  const run = spawnSync(executable, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`[electron] ${mode} run failed (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
}
