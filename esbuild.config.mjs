// Bundles the core (no Node built-ins, so it also runs in a web worker), the CLI, the
// extension and the suite that runs inside a real VS Code.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { compileRules } from './scripts/compile-rules.mjs';

compileRules();
await writePhraseStems();

/** Bundles and runs scripts/phrase-table.ts, which needs the core's own phrase compiler. */
async function writePhraseStems() {
  writeFileSync('generated/phrase-stems.json', '{}');
  const builder = 'generated/phrase-table-builder.cjs';
  await build({ entryPoints: ['scripts/phrase-table.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: builder, logLevel: 'warning' });
  createRequire(import.meta.url)(`./${builder}`).writePhraseStems('generated/phrase-stems.json');
}

const { version, repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
// See src/core/shims/no-emoji-names.ts, strip-diacritics.ts and unist-visit.ts.
const common = { alias: { gemoji: './src/core/shims/no-emoji-names.ts', 'normalize-strings': './src/core/shims/strip-diacritics.ts', 'unist-util-visit': './src/core/shims/unist-visit.ts' }, bundle: true, format: 'cjs', target: 'node20', minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };

const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'browser'] };
// The retext plugin (package.json `exports["./retext"]`): Node-free like the core, so it
// also runs in a browser; one ES module and one CommonJS file, each holding the core.
const retext = { ...common, platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'], conditions: ['worker'], define: { REPOSITORY_URL: JSON.stringify(repository.url) } };
const webTestAliases = { 'node:assert/strict': './test/vscode/web/assert.ts' };

const bundles = [
  // Neutral platform with the 'worker' condition: vfile's path/process shims and no DOM,
  // so the same core runs in Node, a web worker and a language server.
  { ...common, platform: 'neutral', mainFields: ['module', 'main'], conditions: ['worker'], entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { ...retext, format: 'esm', entryPoints: ['src/retext/index.ts'], outfile: 'dist/retext/index.mjs' },
  { ...retext, entryPoints: ['src/retext/commonjs.ts'], outfile: 'dist/retext/index.cjs' },
  { ...common, platform: 'node', entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', define: { VERSION: JSON.stringify(version) } },
  // See src/server/shims/no-net.ts: the server never touches the network.
  { ...common, platform: 'node', entryPoints: ['src/server/index.ts'], outfile: 'dist/server.js', alias: { ...common.alias, net: './src/server/shims/no-net.ts' } },
  { ...common, platform: 'node', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The web extension (package.json `browser`), for the web worker extension host of
  // vscode.dev and github.dev: browser builds of every dependency, and no Node shims.
  { ...web, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // The same suite for that host: mocha's browser build, and a small assert for node:assert.
  { ...web, entryPoints: ['test/vscode/web/index.ts'], outfile: 'dist/web/test/index.js', external: ['vscode'], alias: { ...web.alias, ...webTestAliases } },
  // mocha stays a require() of the repo's copy: bundling it breaks its own require.resolve calls.
  { ...common, platform: 'node', entryPoints: ['test/vscode/suite/index.ts'], outfile: 'dist/test/vscode/index.js', external: ['vscode', 'mocha'] },
];

await Promise.all(bundles.filter((options) => existsSync(options.entryPoints[0])).map((options) => build(options)));
copyRetextTypes();

/** The plugin's type declarations are written by hand (src/retext/types): esbuild emits none. */
function copyRetextTypes() {
  mkdirSync('dist/retext', { recursive: true });
  for (const name of readdirSync('src/retext/types')) copyFileSync(`src/retext/types/${name}`, `dist/retext/${name}`);
}
