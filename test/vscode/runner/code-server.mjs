// Shared helpers for running the extension inside a real VS Code without
// internet access: code-server (VS Code's own server + web workbench) from
// npm, driven by Debian's Chromium. See run.mjs and start.mjs.
//
// Everything is cached under `<repo>/.vscode-test/` (git-ignored), the same
// place @vscode/test-electron would cache a desktop VS Code.

import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync,
  copyFileSync, chmodSync, writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// 4.100.3 (VS Code 1.100.3) is the newest code-server that runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.vscode-test');
const INSTALL_DIR = path.join(CACHE_DIR, 'code-server');
const INSTALLED_MARKER = path.join(INSTALL_DIR, '.installed');
const CODE_SERVER_PKG = path.join(INSTALL_DIR, 'node_modules', 'code-server');
const VSCODE_MODULES = path.join(CODE_SERVER_PKG, 'lib', 'vscode', 'node_modules');

// Packages whose install scripts must run. npm 11 blocks dependency install
// scripts unless allow-listed. The first two belong to the install we start;
// the rest are installed by code-server's own postinstall, which runs nested
// `npm install`s in lib/vscode (a separate npm project, so the cache
// package.json's allowScripts does not reach it).
const TOP_LEVEL_SCRIPTS = ['code-server', 'argon2'];
const NESTED_SCRIPTS = [
  '@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog',
  '@vscode/windows-ca-certs', '@vscode/windows-process-tree', '@vscode/windows-registry',
  'kerberos', 'native-watchdog', 'node-pty',
];

// Native pieces that silently go missing when an install script is skipped.
const REQUIRED_FILES = [
  path.join(VSCODE_MODULES, 'node-pty', 'build', 'Release', 'pty.node'),
  path.join(VSCODE_MODULES, 'kerberos', 'build', 'Release', 'kerberos.node'),
  path.join(VSCODE_MODULES, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
  path.join(VSCODE_MODULES, '@vscode', 'ripgrep', 'bin', 'rg'),
  path.join(INSTALL_DIR, 'node_modules', 'argon2', 'lib', 'binding', 'napi-v3', 'argon2.node'),
  path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js'),
];

export function log(message) {
  console.log(`[vscode-e2e] ${message}`);
}

/** An error whose message is enough on its own; callers print it and exit non-zero. */
export class ProvisionError extends Error {}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new ProvisionError(`${cmd} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new ProvisionError(`\`${cmd} ${args.join(' ')}\` exited with ${r.status}`);
}

/**
 * Chromium drives the workbench; libkrb5-dev and ripgrep are needed to
 * install code-server offline; a compiler toolchain builds its native modules.
 */
export function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync('/usr/bin/rg')) missing.push('ripgrep');
  const isDebian = commandExists('dpkg-query');
  if (isDebian && !dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (!commandExists('g++') || !commandExists('make')) missing.push('build-essential');
  if (!commandExists('python3')) missing.push('python3');
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebian || !commandExists('apt-get')) {
    throw new ProvisionError(
      `missing system packages: ${missing.join(', ')}. Install them (Debian: ` +
      `apt-get install -y chromium libkrb5-dev ripgrep build-essential python3) and retry.`);
  }
  const started = Date.now();
  log(`installing system packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  // Always ask for the full set; apt skips what is already there.
  const wanted = ['chromium', 'libkrb5-dev', 'ripgrep', ...missing.filter((p) => p === 'build-essential' || p === 'python3')];
  run('apt-get', ['install', '-y', ...wanted], { env });
  if (!existsSync(CHROMIUM)) throw new ProvisionError(`${CHROMIUM} still missing after apt-get install`);
  log(`system packages installed in ${seconds(started)}`);
}

/**
 * @vscode/ripgrep's install script downloads rg from GitHub (unreachable
 * here) unless a cached release archive is already in os.tmpdir(). Build
 * that archive from Debian's /usr/bin/rg.
 */
function seedRipgrepCache() {
  const targets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };
  const target = targets[process.arch];
  if (!target) throw new ProvisionError(`unsupported architecture for the ripgrep cache: ${process.arch}`);
  // @vscode/ripgrep 1.15.11 (pinned by code-server 4.100.3) fetches ripgrep v13.0.0-10.
  const cacheDir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cacheDir, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (existsSync(archive)) return;
  mkdirSync(cacheDir, { recursive: true });
  const stage = mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
    chmodSync(path.join(stage, 'rg'), 0o755);
    run('tar', ['-czf', archive, '-C', stage, 'rg']);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function isInstalled() {
  try {
    return readFileSync(INSTALLED_MARKER, 'utf8').trim() === CODE_SERVER_VERSION &&
      REQUIRED_FILES.every((f) => existsSync(f));
  } catch {
    return false;
  }
}

/** Installs code-server into .vscode-test/code-server unless that version is already there. */
export async function ensureCodeServer() {
  if (isInstalled()) return path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');

  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(REPO_ROOT, INSTALL_DIR)} (about a minute)`);
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  seedRipgrepCache();

  // The cache folder is its own npm project, so its package.json carries the
  // allowScripts policy for the top-level install.
  writeFileSync(path.join(INSTALL_DIR, 'package.json'), JSON.stringify({
    name: 'vscode-test-code-server',
    private: true,
    description: 'Cache for the VS Code end-to-end test runner; safe to delete.',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: Object.fromEntries(TOP_LEVEL_SCRIPTS.map((name) => [name, true])),
  }, null, 2) + '\n');

  const env = {
    ...process.env,
    // node-pty's install script runs `npx node-gyp`, which must not prompt.
    npm_config_yes: 'true',
  };
  const logFile = path.join(CACHE_DIR, 'code-server-install.log');
  rmSync(logFile, { force: true });

  // Two steps. code-server's postinstall runs nested `npm install`s in
  // lib/vscode and lib/vscode/extensions, which are separate npm projects
  // that the cache package.json's allowScripts does not cover. npm refuses
  // --allow-scripts (and npm_config_allow_scripts, which it would also leak
  // into the nested installs from any npmrc) for project installs, but reads
  // a project .npmrc. So: unpack without scripts, drop an .npmrc into those
  // projects, then run the install scripts with `npm rebuild`.
  let code = await npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], env, logFile, started);
  if (code === 0) {
    const rc = `allow-scripts=${NESTED_SCRIPTS.join(',')}\n`;
    for (const dir of ['lib/vscode', 'lib/vscode/extensions']) {
      writeFileSync(path.join(CODE_SERVER_PKG, dir, '.npmrc'), rc);
    }
    // --unsafe-perm: as root, code-server's postinstall refuses to run without it.
    code = await npm(['rebuild', '--unsafe-perm'], env, logFile, started);
  }

  const missing = REQUIRED_FILES.filter((f) => !existsSync(f));
  if (code !== 0 || missing.length > 0) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    console.error(tail);
    throw new ProvisionError(
      `installing code-server failed (npm exit ${code}` +
      (missing.length ? `; missing ${missing.map((f) => path.relative(INSTALL_DIR, f)).join(', ')}` : '') +
      `). Full log: ${logFile}`);
  }
  writeFileSync(INSTALLED_MARKER, CODE_SERVER_VERSION + '\n');
  log(`code-server installed in ${seconds(started)}`);
  return path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');
}

/** Runs npm in the install folder, appending its output to logFile. */
function npm(args, env, logFile, started) {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`$ npm ${args.join(' ')}\n`);
    const child = spawn('npm', args, { cwd: INSTALL_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const ticker = setInterval(() => log(`  still installing (${seconds(started)})`), 30_000);
    child.on('error', (err) => out.write(`${err}\n`));
    child.on('close', (status) => { clearInterval(ticker); out.end(() => resolve(status)); });
  });
}

/** Everything a run needs, or a ProvisionError explaining what is missing. */
export async function provision() {
  ensureSystemPackages();
  return ensureCodeServer();
}

// Quiet, offline-friendly defaults. With workspace trust on, "never" opens an
// untrusted folder straight in Restricted Mode instead of a modal trust
// dialog, which would otherwise block everything behind it.
const DEFAULT_SETTINGS = {
  'security.workspace.trust.startupPrompt': 'never',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  // The repository sits above test folders; its "open repository?" toast would cover screenshots.
  'git.openRepositoryInParentFolders': 'never',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on loopback and resolves once it answers HTTP.
 * `stateDir` holds its user data, extensions and config so nothing lands in
 * the user's home. Returns { port, origin, stop() }.
 */
/**
 * The arguments that keep code-server's config, user data and extensions in
 * `stateDir`, so nothing lands in the user's home; creates the config and settings.
 */
function stateArgs(stateDir) {
  mkdirSync(stateDir, { recursive: true });
  const configFile = path.join(stateDir, 'config.yaml');
  // An explicit config file keeps code-server from writing one under ~/.config.
  if (!existsSync(configFile)) writeFileSync(configFile, 'auth: none\ncert: false\n');
  const settingsFile = path.join(stateDir, 'user-data', 'User', 'settings.json');
  if (!existsSync(settingsFile)) {
    mkdirSync(path.dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify(DEFAULT_SETTINGS, null, 2) + '\n');
  }
  return [
    '--config', configFile,
    '--user-data-dir', path.join(stateDir, 'user-data'),
    '--extensions-dir', path.join(stateDir, 'extensions'),
  ];
}

// Variables from an enclosing VS Code (e.g. when run from its terminal)
// would make code-server talk to that instance instead.
const codeServerEnv = () => Object.fromEntries(Object.entries(process.env)
  .filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'));

/**
 * Installs a packaged extension into `stateDir`'s extensions folder the way a user
 * would (`code-server --install-extension file.vsix`), before the server starts.
 */
export function installExtension({ entry, stateDir, vsix }) {
  if (!existsSync(vsix)) throw new ProvisionError(`${vsix} does not exist (run npm run package first)`);
  const result = spawnSync(process.execPath, [entry, ...stateArgs(stateDir), '--install-extension', path.resolve(vsix)], {
    env: codeServerEnv(), encoding: 'utf8', timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new ProvisionError(`code-server --install-extension ${vsix} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  log(output.split('\n').filter((line) => /installed/i.test(line)).join(' '));
}

export async function startCodeServer({ entry, folder, stateDir, trust = false, port, quiet = true }) {
  port ??= await freePort();
  const args = [
    entry,
    ...stateArgs(stateDir),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (!trust) args.push('--disable-workspace-trust');
  args.push(folder);

  const env = codeServerEnv();

  // Own process group, so stop() also reaches the extension host and other children.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logStream = createWriteStream(path.join(stateDir, 'code-server.log'));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logStream, { end: false });
    if (!quiet) stream.pipe(process.stderr, { end: false });
  }
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal ?? code; });

  const stop = () => {
    if (exited !== null || child.pid === undefined) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    // Synchronous follow-up so this also works from a process 'exit' handler.
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try { process.kill(-child.pid, 0); } catch { return; }
      spawnSync('sleep', ['0.1']);
    }
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) {
      throw new ProvisionError(`code-server exited early (${exited}); see ${path.join(stateDir, 'code-server.log')}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      stop();
      throw new ProvisionError(`code-server did not answer on ${origin} within 60s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, origin, child, stop, exitStatus: () => exited };
}

/**
 * The workbench URL. Extension paths must be vscode-remote:// URIs naming
 * this server; plain paths are silently ignored by the web workbench.
 */
export function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams({ folder: path.resolve(folder), payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}
