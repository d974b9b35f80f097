// CPU profile of our core at work, with self time per function mapped back through
// the bundle's source map to src/ files and npm packages, so a slow phase can be named.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const IGNORED_FRAMES = new Set(['(root)', '(idle)']);

/**
 * Runs `work` under the CPU profiler, saves the .cpuprofile under `outDir` and returns self
 * time per function and per module. `bundlePath` is the bundle whose source map names frames.
 */
export async function profile({ work, bundlePath, outDir, label }) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await work();
  const { profile: result } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  session.disconnect();

  const file = profileFile(outDir, label);
  writeFileSync(file, JSON.stringify(result));
  return { file, ...summarizeProfile(result, bundlePath) };
}

/** Where a new profile called `label` goes. */
export function profileFile(outDir, label) {
  mkdirSync(outDir, { recursive: true });
  return join(outDir, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
}

/** Self time per function and per module of a .cpuprofile, frames of `bundlePath` mapped to sources. */
export function summarizeProfile(profile, bundlePath) {
  const mapper = sourceMapper(bundlePath);
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
function sourceMapper(bundlePath) {
  const bundleUrl = pathToFileURL(bundlePath).href;
  const bundleName = basename(bundlePath);
  let map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')));
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
    if (!entry || !entry.originalSource) return { location: `${bundleName}:${frame.lineNumber + 1}`, module: bundleName };
    const source = entry.originalSource.replace(/^file:\/\//, '').replace(/^(\.\.\/)+/, '').replace(/^.*?(?=node_modules\/|src\/)/, '');
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return {
      location: `${source.replace(/^.*node_modules\//, '')}:${entry.originalLine + 1}`,
      module: inPackage ? inPackage[1] : source,
    };
  };
}
