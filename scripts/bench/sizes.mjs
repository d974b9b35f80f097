// Sizes on disk: our minified bundles (raw and gzip) and each contender's installed package.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function bundleSize(path) {
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Bytes of every file under a folder (symlinks not followed). */
export function folderSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderSize(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

/** Where Node would find `name` from `fromDir`: the nearest node_modules up the tree. */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A package's own folder, and the package with everything it installs (its production
 * dependencies, transitively, each counted once): what a user of it puts on disk.
 */
export function installedSize(root, name) {
  const own = findPackage(name, root);
  if (!own) return undefined;
  const seen = new Set();
  const queue = [own];
  while (queue.length > 0) {
    const dir = queue.pop();
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = findPackage(dependency, dir);
      if (found) queue.push(found);
    }
  }
  let withDependencies = 0;
  for (const dir of seen) withDependencies += folderSize(dir);
  return { own: folderSize(own), withDependencies, packages: seen.size, dir: own };
}

/** The .wasm files a package ships, largest first. */
export function wasmFiles(dir) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.wasm')) found.push({ name: entry.name, bytes: statSync(path).size });
    }
  };
  walk(dir);
  return found.sort((a, b) => b.bytes - a.bytes);
}
