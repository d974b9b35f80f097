// Each linter behind one shape: `lint(text)` runs it through its public API and
// returns (or resolves to) its findings; `release(result)` frees what the timing kept;
// `fresh(warmUp)`, for a linter with a cache, gives an instance with nothing cached.
import { createRequire } from 'node:module';

/**
 * Our core as shipped (a copy of dist/core.js), with one options object reused as the extension would.
 * The core keeps parsed paragraphs between calls, so linting the same text twice measures the
 * cache, not the linter. `fresh(warmUp)` loads a new instance of the module (an empty cache)
 * and warms it up on texts that share no paragraph with what will be measured.
 */
export function loadOurs(corePath) {
  const require = createRequire(import.meta.url);
  const instance = () => {
    const path = require.resolve(corePath);
    delete require.cache[path];
    const { lint } = require(path);
    // Node lists every module a module loads in its `children`, for good: each fresh instance,
    // caches and all, would stay in memory for the whole bench, and the later rounds would run
    // in a heap hundreds of MB larger than the editor's (which loads the core once).
    const siblings = require.cache[path]?.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(require.cache[path]), 1);
    return lint;
  };
  const wrap = (lint) => {
    const options = {};
    return {
      name: 'ours',
      lint: (text) => lint(text, options),
      count: (result) => result.diagnostics.length,
      fresh(warmUp) {
        const contender = wrap(instance());
        for (const text of warmUp) contender.lint(text);
        return contender;
      },
    };
  };
  return wrap(instance());
}

/** alex's plain-text API (no markdown parse, the fairest match for an email). */
export async function loadAlex() {
  const { text } = await import('alex');
  return { name: 'alex', lint: (value) => text(value), count: (file) => file.messages.length };
}

export async function loadWriteGood() {
  const { default: writeGood } = await import('write-good');
  return { name: 'write-good', lint: (value) => writeGood(value), count: (suggestions) => suggestions.length };
}

/**
 * harper.js in this thread (LocalLinter) with the wasm binary the package ships: its `binary`
 * export points at dist/harper_wasm_bg.wasm, which it reads from disk under Node, so no network.
 * Plain-text mode, as for the others. Set-up (loading and compiling the wasm) is timed apart.
 */
export async function loadHarper() {
  const started = performance.now();
  const { LocalLinter, Dialect } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  const setupMs = performance.now() - started;
  return {
    name: 'harper.js',
    setupMs,
    lint: (value) => linter.lint(value, { language: 'plaintext' }),
    count: (lints) => lints.length,
    // Lints are wasm objects; free them so thousands from the large document do not pile up.
    release: (lints) => lints.forEach((lint) => lint.free()),
  };
}
