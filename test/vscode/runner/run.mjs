#!/usr/bin/env node
// Runs an extension's test suite inside a real VS Code (code-server's web
// workbench in headless Chromium), offline.
//
//   node test/vscode/runner/run.mjs --suite PATH [--extension PATH] [--folder PATH]
//        [--install FILE.vsix] [--untrusted] [--screenshot OUT.png] [--timeout SECONDS] [--verbose]
//
//   --suite       test entry module, without `.js`; it exports `run(): Promise<void>`
//                 and is loaded by the extension host of the extension whose folder
//                 holds it: the Node one, or the web worker one for an extension with
//                 `browser` and no `main` (see test/vscode/web/prepare-extension.mjs)
//   --extension   extension folder (default: the repository root)
//   --folder      workspace folder to open (default: <repo>/examples, else the extension)
//   --install     first install this packaged extension into the run's fresh extensions
//                 folder with `code-server --install-extension`, as a user would; then
//                 --extension names a folder holding only the suite (see
//                 test/vscode/vsix/prepare-harness.mjs), so the installed copy is tested
//   --untrusted   open the folder in Restricted Mode (workspace trust on, no prompt)
//   --screenshot  save a screenshot of the workbench once the suite has finished
//   --timeout     overall limit in seconds (default 600)
//   --verbose     also print code-server's output and the workbench log
//
// Exit code: the suite's (0 when run() resolved), or 1 on timeout, crash or
// provisioning failure. Nothing is ever skipped silently.
//
// Requests from the suite, for what the extension API cannot see (the extension
// host cannot call into the page, but its console output reaches the page console,
// and both share this filesystem):
//   1. the test deletes `<file>.done` if present, then logs one of
//        console.log(`OUTREACH_SCREENSHOT ${absolutePngPath}`)
//          saves the page as that PNG; with ` hover=<CSS selector>` after the path,
//          rests the mouse on that element first (a tooltip in the picture)
//        console.log(`OUTREACH_READ_UI ${absoluteJsonPath}`)
//          writes { notifications: string[], panel: string, extensions, sidebar: string[] }
//          as JSON: the messages of the notification toasts and notification centre, the
//          text lines the panel (Output, Problems…) shows, the extensions the Extensions
//          view lists: [{ name, icon: { width, height } | null }] (the icon's natural
//          size, 0 until it has loaded), the rows of the side bar's trees, and
//          `webviews`: per webview on screen, { title, text, items, focused } (its
//          page's text, the text of each list item, and of the focused element)
//        console.log(`OUTREACH_WEBVIEW_INPUT ${absoluteJsonPath} ${action}=${selector}`)
//          in the webview whose page has an element matching the CSS selector:
//          `click` clicks it; a key name (`Enter`, `Space`, `ArrowDown`) focuses it
//          and presses that key, as a user would
//   2. this runner carries it out, then writes `<file>.done` (empty on success,
//      `error: <message>` on failure)
//   3. the test polls for `<file>.done` before continuing.
// Requests are handled one at a time, in order.

import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  CACHE_DIR, CHROMIUM, REPO_ROOT, ProvisionError, installExtension, log, provision, startCodeServer, workbenchUrl,
} from './code-server.mjs';

const SETTLE_MS = 300;
const PAGE_REQUEST = /OUTREACH_(SCREENSHOT|READ_UI) (\/\S+\.(?:png|json))(?: hover=(.+))?/;
const WEBVIEW_INPUT = /OUTREACH_WEBVIEW_INPUT (\/\S+\.json) (\w+)=(.+)/;
/** A webview's page is written into this frame of the workbench's webview host. */
const WEBVIEW_PAGE = /\/webview\/browser\/pre\/fake\.html/;
const TOOLTIP_DELAY_MS = 1500;
// Expected offline: the marketplace (open-vsx) and the closed-source vsda module are unreachable.
const NOISE = /open-vsx|vsda|marketplace|Failed to fetch/i;

// Routine workbench start-up lines; shown only with --verbose.
const CHATTER = new RegExp([
  'connection token', 'Creating a socket', 'additional builtin extensions cache',
  '\\[Service Worker\\]', 'ChatSessionStore', 'web worker extension host',
  'allow-scripts and allow-same-origin', 'Overwriting extension', 'Failed to load resource',
  // A webview's host page swapping in its service worker.
  'unexpected service worker controller',
].join('|'));

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

function parseCli() {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      extension: { type: 'string' },
      folder: { type: 'string' },
      install: { type: 'string' },
      untrusted: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      timeout: { type: 'string', default: '600' },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (!values.suite) {
    console.error('usage: run.mjs --suite PATH_WITHOUT_JS [--extension PATH] [--folder PATH] [--untrusted] [--screenshot OUT.png]');
    process.exit(2);
  }
  const extension = path.resolve(values.extension ?? REPO_ROOT);
  const examples = path.join(REPO_ROOT, 'examples');
  const folder = path.resolve(values.folder ?? (existsSync(examples) ? examples : extension));
  const suite = path.resolve(values.suite).replace(/\.js$/, '');
  if (!existsSync(`${suite}.js`) && !existsSync(suite)) {
    console.error(`[vscode-e2e] FAILED: test entry ${suite}.js does not exist (build the tests first?)`);
    process.exit(1);
  }
  return {
    suite, extension, folder,
    install: values.install && path.resolve(values.install),
    untrusted: values.untrusted,
    screenshot: values.screenshot && path.resolve(values.screenshot),
    timeoutMs: Number(values.timeout) * 1000,
    verbose: values.verbose,
  };
}

/**
 * Page console messages arrive as raw arguments: VS Code's logger prepends
 * '%c LEVEL' plus a CSS argument, and relayed extension-host output keeps its
 * printf-style placeholders (mocha's reporter uses them). Format it like Node.
 */
async function formatConsoleMessage(msg) {
  const args = await Promise.all(msg.args().map((h) => h.jsonValue().catch(() => undefined)));
  if (args.length === 0 || args.every((a) => a === undefined)) return { level: '', line: msg.text() };
  let level = '';
  if (typeof args[0] === 'string' && args[0].startsWith('%c') && args.length >= 2) {
    level = args[0].slice(2).trim();
    args.splice(0, 2);
  }
  return { level, line: format(...args) };
}

/** Failed runs keep their state for debugging; only the newest few are kept. */
function pruneOldRuns(dir, keep) {
  const runs = readdirSync(dir)
    .map((name) => ({ name, mtime: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of runs.slice(keep)) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/**
 * Runs in the page: the text of the notifications and of the panel, and the
 * Extensions view's list, by the workbench's class names (code-server 4.100.3; the suite fails loudly if they change).
 */
function readWorkbenchText() {
  const texts = (selector) => [...document.querySelectorAll(selector)]
    .map((element) => element.textContent.replace(/\u00a0/g, ' ').trim());
  return {
    notifications: texts('.notifications-toasts .notification-list-item-message, .notifications-center .notification-list-item-message').filter(Boolean),
    // Editor lines render spaces as no-break spaces, and only the lines in view exist.
    panel: texts('.part.panel .view-line').join('\n'),
    extensions: [...document.querySelectorAll('.extension-list-item')].map((item) => {
      const icon = item.querySelector('img.icon');
      return {
        name: item.querySelector('.name')?.textContent.trim() ?? '',
        icon: icon ? { width: icon.naturalWidth, height: icon.naturalHeight } : null,
      };
    }),
    // Rows of the side bar's trees (the Explorer and its views), as "label  description".
    sidebar: [...document.querySelectorAll('.part.sidebar .monaco-list-row')].map((row) =>
      [...row.querySelectorAll('.label-name, .label-description')].map((part) => part.textContent.replace(/\u00a0/g, ' ').trim()).filter(Boolean).join('  '),
    ),
  };
}

/** Runs in a webview's page: what it shows, for READ_UI. */
function readWebviewText() {
  const textOf = (element) => (element?.innerText ?? '').replace(/\u00a0/g, ' ').trim();
  const active = document.activeElement;
  return {
    title: document.title,
    text: textOf(document.body),
    items: [...document.querySelectorAll('li')].map(textOf),
    focused: document.hasFocus() && active && active !== document.body ? textOf(active) : '',
  };
}

/** Whether the frame, and every frame it sits in, is on screen (a hidden or closing webview keeps its frame a while). */
async function onScreen(frame) {
  for (let current = frame; current.parentFrame(); current = current.parentFrame()) {
    const element = await current.frameElement().catch(() => null);
    if (!element || !(await element.isVisible())) return false;
  }
  return true;
}

/** The pages of the webviews the workbench shows now. */
async function webviewFrames(page) {
  const frames = page.frames().filter((frame) => WEBVIEW_PAGE.test(frame.url()) && !frame.isDetached());
  const shown = await Promise.all(frames.map(onScreen));
  return frames.filter((_, i) => shown[i]);
}

async function readWebviews(page) {
  const read = await Promise.all((await webviewFrames(page)).map((frame) => frame.evaluate(readWebviewText).catch(() => undefined)));
  return read.filter(Boolean);
}

/** Clicks, or focuses and presses a key on, the element `selector` matches in whichever webview has it. */
async function inputInWebview(page, action, selector) {
  for (const frame of await webviewFrames(page)) {
    const element = await frame.$(selector).catch(() => null);
    if (!element) continue;
    if (action === 'click') await element.click();
    else {
      await element.focus();
      await page.keyboard.press(action === 'Space' ? ' ' : action);
    }
    return;
  }
  throw new Error(`no webview shows ${selector}`);
}

function fail(message) {
  console.error(`\n[vscode-e2e] FAILED: ${message}\n`);
  process.exit(1);
}

async function main() {
  const opts = parseCli();
  const started = Date.now();

  let entry;
  try {
    entry = await provision();
  } catch (err) {
    fail(err instanceof ProvisionError ? err.message : err.stack);
  }

  // playwright-core is a devDependency; imported late so provisioning errors come first.
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    fail('playwright-core is not installed; run `npm install` in the repository');
  }

  // Fresh state per run: user settings, extensions and logs don't leak between runs.
  const runsDir = path.join(CACHE_DIR, 'runs');
  mkdirSync(runsDir, { recursive: true });
  pruneOldRuns(runsDir, 5);
  const stateDir = mkdtempSync(path.join(runsDir, 'run-'));

  let server;
  let browser;
  let exiting = false;
  // Last line of defence; 'exit' handlers must be synchronous.
  process.on('exit', () => { server?.stop(); });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => { console.error(`[vscode-e2e] ${signal}, stopping`); process.exit(130); });
  }

  const finish = async (code, message) => {
    if (exiting) return;
    exiting = true;
    if (message) console.error(`\n[vscode-e2e] FAILED: ${message}\n`);
    await browser?.close().catch(() => {});
    server?.stop();
    if (code === 0) rmSync(stateDir, { recursive: true, force: true });
    else console.error(`[vscode-e2e] code-server state and logs kept in ${stateDir}`);
    log(`${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    process.exit(code);
  };

  try {
    if (opts.install) installExtension({ entry, stateDir, vsix: opts.install });
    server = await startCodeServer({
      entry, folder: opts.folder, stateDir, trust: opts.untrusted, quiet: !opts.verbose,
    });
    log(`code-server on ${server.origin}${opts.untrusted ? ' (workspace trust enabled, folder untrusted)' : ''}`);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    let reportExit;
    const exitCode = new Promise((resolve) => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (opts.verbose) console.log(`[workbench ${type}]`, ...(Array.isArray(args) ? args : [args]));
    });

    // Requests are chained so they run one at a time, in order.
    let requests = Promise.resolve();
    const handle = (what, file, action) => {
      requests = requests.then(async () => {
        let marker = '';
        try {
          mkdirSync(path.dirname(file), { recursive: true });
          // Diagnostics and notifications reach the renderer asynchronously after
          // the extension host sends them; let the workbench paint first.
          await new Promise((r) => setTimeout(r, SETTLE_MS));
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await action(file);
          if (what === 'screenshot') log(`${what} ${file}`);
        } catch (err) {
          marker = `error: ${err.message}`;
          console.error(`[vscode-e2e] ${what} ${file} failed: ${err.message}`);
        }
        writeFileSync(`${file}.done`, marker);
      });
    };
    const takeScreenshot = (file, hover) => handle('screenshot', file, async () => {
      if (hover) {
        await page.hover(hover);
        await new Promise((r) => setTimeout(r, TOOLTIP_DELAY_MS));
      }
      await page.screenshot({ path: file });
      if (hover) await page.mouse.move(0, 0);
    });
    const readUi = (file) => handle('read UI', file, async () => {
      writeFileSync(file, JSON.stringify({ ...(await page.evaluate(readWorkbenchText)), webviews: await readWebviews(page) }));
    });
    const webviewInput = (file, action, selector) => handle('webview input', file, () => inputInWebview(page, action, selector));

    // Printing waits for argument values, so chain it to keep the order.
    let printing = Promise.resolve();
    page.on('console', (msg) => {
      const text = msg.text();
      const input = WEBVIEW_INPUT.exec(text);
      if (input) {
        webviewInput(input[1], input[2], input[3]);
        return;
      }
      const request = PAGE_REQUEST.exec(text);
      if (request) {
        if (request[1] === 'SCREENSHOT') takeScreenshot(request[2], request[3]);
        else readUi(request[2]);
        return;
      }
      if (NOISE.test(text) || (!opts.verbose && CHATTER.test(text))) return;
      printing = printing.then(async () => {
        const { level, line } = await formatConsoleMessage(msg);
        if (level === 'ERR' || msg.type() === 'error') console.error(line);
        else console.log(line);
      });
    });
    page.on('pageerror', (err) => { if (!NOISE.test(err.message)) console.error(`[page error] ${err.message}`); });
    page.on('crash', () => finish(1, 'the workbench page crashed'));
    server.child.on('exit', (code, signal) => {
      if (!exiting) finish(1, `code-server exited unexpectedly (${signal ?? code})`);
    });

    const url = workbenchUrl({
      port: server.port,
      folder: opts.folder,
      extensionDevelopmentPath: opts.extension,
      extensionTestsPath: opts.suite,
    });
    log(`running ${path.relative(process.cwd(), opts.suite) || opts.suite} against ${opts.extension}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), opts.timeoutMs); });
    const result = await Promise.race([exitCode, timedOut]);
    clearTimeout(timer);
    await requests;
    await printing;
    if (opts.screenshot) takeScreenshot(opts.screenshot);
    await requests;

    if (result === 'timeout') {
      await finish(1, `no result from the test run after ${opts.timeoutMs / 1000}s ` +
        '(suite hung, or the workbench never started it: rerun with --verbose)');
    } else if (result !== 0) {
      await finish(result, `test suite exited with code ${result}`);
    } else {
      await finish(0);
    }
  } catch (err) {
    await finish(1, err instanceof ProvisionError ? err.message : err.stack);
  }
}

main();
