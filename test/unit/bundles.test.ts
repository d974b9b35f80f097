import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanBundle } from './bundle-scan.js';

/**
 * The built bundles, checked for what they really use (npm test builds first). The
 * core and the web extension must run in a web worker, so no Node; no bundle may
 * talk to the network, since drafts are private.
 */
const DIST = resolve(__dirname, '../../dist');
const WEB_BUNDLES = ['core.js', 'web/extension.js'];

/** Network use a bundle may have, with the reason: none (the server's `net` is a stub that throws). */
const ALLOWED_NETWORK: Record<string, string[]> = {};

const bundlesIn = (dir: string) =>
  existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)).filter((name) => name.endsWith('.js')).map((name) => (dir ? `${dir}/${name}` : name)) : [];
const scan = (name: string) => scanBundle(readFileSync(join(DIST, name), 'utf8'), name);

describe('built bundles', function () {
  // Parsing a 2 MB bundle takes a few seconds on a slow machine.
  this.timeout(60_000);

  for (const name of WEB_BUNDLES) {
    it(`dist/${name} uses no Node built-ins or Node globals`, () => {
      assert.ok(existsSync(join(DIST, name)), `dist/${name} is missing: run npm run build first`);
      const { builtins, nodeGlobals } = scan(name);
      assert.deepEqual(builtins, [], `dist/${name} requires Node modules`);
      assert.deepEqual(nodeGlobals, [], `dist/${name} references Node globals`);
    });
  }

  it('every bundle in dist/ and dist/web/ stays off the network', () => {
    const names = [...bundlesIn(''), ...bundlesIn('web')];
    assert.ok(names.includes('cli.js') && names.includes('web/extension.js'), `bundles missing from dist/: have ${names.join(', ')}`);
    const found = Object.fromEntries(names.map((name) => [name, scan(name).network.filter((use) => !ALLOWED_NETWORK[name]?.includes(use))]));
    assert.deepEqual(Object.entries(found).filter(([, uses]) => uses.length > 0), []);
  });
});

describe('the bundle scanner', () => {
  it('counts calls and requires, not words in strings, comments or property names', () => {
    const harmless = `
      // fetch("https://example.com") in a comment
      const doc = "see https://example.com or require('https') or new WebSocket(url)";
      class Cache { async fetch(key) { return this.fetch(key); } }
      const options = { fetch: 1, process: 2 };
      if (typeof process !== 'undefined' && typeof fetch === 'function') {}
      require("vscode");`;
    assert.deepEqual(scanBundle(harmless), { builtins: [], nodeGlobals: [], network: [] });
    const used = `require("node:https"); require("fs"); fetch(url); new globalThis.WebSocket(url); new XMLHttpRequest(); process.env.X; Buffer.from("");`;
    assert.deepEqual(scanBundle(used), {
      builtins: ['fs', 'node:https'],
      nodeGlobals: ['Buffer', 'process'],
      network: ['XMLHttpRequest', 'fetch', 'globalThis.WebSocket', 'require("node:https")'],
    });
  });
});
