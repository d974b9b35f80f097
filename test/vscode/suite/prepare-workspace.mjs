#!/usr/bin/env node
// Copies the fixtures to a scratch folder for one run of the suite, so the tests
// can write workspace settings without touching the repository.
//
//   node test/vscode/suite/prepare-workspace.mjs trusted|untrusted [NAME]
//
// Prints the folder, .vscode-test/NAME-MODE (NAME defaults to `workspace`; the web run
// uses its own, so it never shares a folder with a desktop run). The -MODE suffix tells
// the suite which trust state the run asked for, so an untrusted run fails if it is not.

import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const mode = process.argv[2];
if (mode !== 'trusted' && mode !== 'untrusted') {
  console.error('usage: prepare-workspace.mjs trusted|untrusted [NAME]');
  process.exit(2);
}
const folder = path.join(root, '.vscode-test', `${process.argv[3] ?? 'workspace'}-${mode}`);
rmSync(folder, { recursive: true, force: true });
cpSync(path.join(root, 'test', 'vscode', 'fixtures'), folder, { recursive: true });
// The example a new user tries first, as it ships.
cpSync(path.join(root, 'examples', 'desperate-request.email.md'), path.join(folder, 'drafts', 'desperate-request.email.md'));
// The tracked conversations of examples/ too, for the Outreach view's tests and screenshot.
cpSync(path.join(root, 'examples', 'tracking'), path.join(folder, 'tracking'), { recursive: true });
console.log(folder);
