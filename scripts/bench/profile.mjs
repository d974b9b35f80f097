// CPU profile of our core on one text, with self time per function mapped back through
// the bundle's source map to src/ files and npm packages, so a slow phase can be named.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire, SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const IGNORED_FRAMES = new Set(['(root)', '(idle)']);

/**
 * Profiles `lint(text)` of the (unminified, source-mapped) core at `corePath`, `runs` times
 * after one warm-up, saves the .cpuprofile under `outDir` and returns the aggregates.
 */
export async function profileCore({ corePath, text, runs, outDir, label }) {
  const { lint } = createRequire(import.meta.url)(corePath);
  const options = {};
  lint(text, options);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) lint(text, options);
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  session.disconnect();

  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { file, ...aggregate(profile, corePath) };
}

function aggregate(profile, corePath) {
  const mapper = sourceMapper(corePath);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = totalHits > 0 ? totalMs / totalHits : 0;

  const byFunction = new Map();
  const byModule = new Map();
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    if (!node.hitCount || IGNORED_FRAMES.has(frame.functionName)) continue;
    const where = mapper(frame);
    const key = `${frame.functionName}|${where.location}`;
    const entry = byFunction.get(key) ?? { name: frame.functionName || '(anonymous)', location: where.location, ms: 0 };
    entry.ms += node.hitCount * msPerHit;
    byFunction.set(key, entry);
    byModule.set(where.module, (byModule.get(where.module) ?? 0) + node.hitCount * msPerHit);
  }
  const idleMs = profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').reduce((sum, node) => sum + (node.hitCount ?? 0) * msPerHit, 0);
  return {
    totalMs: totalMs - idleMs,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms),
    modules: [...byModule.entries()].map(([module, ms]) => ({ module, ms })).sort((a, b) => b.ms - a.ms),
  };
}

/** Maps a frame of the bundle to its original file and line, and to the package or src/ file it belongs to. */
function sourceMapper(corePath) {
  const bundleUrl = pathToFileURL(corePath).href;
  let map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${corePath}.map`, 'utf8')));
  } catch {
    map = undefined; // No map: frames keep bundle positions.
  }
  return (frame) => {
    if (!frame.url) return { location: '(native)', module: frame.functionName.startsWith('(') ? frame.functionName : '(native)' };
    if (frame.url !== bundleUrl || !map) {
      const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
      return { location: `${path.startsWith('node:') ? path : basename(path)}:${frame.lineNumber + 1}`, module: path.startsWith('node:') ? '(node internals)' : basename(path) };
    }
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !entry.originalSource) return { location: `core.js:${frame.lineNumber + 1}`, module: 'core.js' };
    const source = entry.originalSource.replace(/^file:\/\//, '').replace(/^(\.\.\/)+/, '').replace(/^.*?(?=node_modules\/|src\/)/, '');
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return {
      location: `${source.replace(/^.*node_modules\//, '')}:${entry.originalLine + 1}`,
      module: inPackage ? inPackage[1] : source,
    };
  };
}
