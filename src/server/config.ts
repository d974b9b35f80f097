import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { readConfigText } from '../node/config-file.js';
import { configCandidates, readCandidate, type FoundConfig as CoreFoundConfig } from '../core/index.js';

export interface FoundConfig {
  /** The config file's path, for messages. */
  path?: string;
  config?: unknown;
  /** What is wrong with the file as a whole (it cannot be read or used), naming it. */
  problem?: string;
  /** What is wrong with what the file says, as the core words it (lint() reports them again). */
  configProblems?: string[];
}

/**
 * Finds the config for a draft through the core's one discovery: the nearest config
 * file upward from the draft's folder, in the core's order of names, read as data
 * (JSON or YAML, never run). A file is read again only when its size or modification
 * time changes.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, { stamp: string; result: CoreFoundConfig | undefined }>();

  forFile(filePath: string): FoundConfig {
    for (const candidate of configCandidates(dirname(filePath))) {
      const found = this.read(candidate);
      if (found) return toServerShape(found);
    }
    return {};
  }

  private read(path: string): CoreFoundConfig | undefined {
    let stamp: string;
    try {
      const stat = statSync(path);
      // FIFOs, sockets and devices named like a config are not config files.
      if (!stat.isFile()) return undefined;
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(path);
    if (cached && cached.stamp === stamp) return cached.result;
    let result: CoreFoundConfig | undefined;
    try {
      result = readCandidate(path, readConfigText(path));
    } catch (error) {
      result = { path, problems: [{ origin: 'file', path, message: `cannot read the config (${(error as Error).message}); using the defaults` }] };
    }
    this.cache.set(path, { stamp, result });
    return result;
  }
}

function toServerShape(found: CoreFoundConfig): FoundConfig {
  if (found.config === undefined) {
    const problem = found.problems.map((p) => p.message).join('; ');
    return { path: found.path, problem: problem ? `${found.path}: ${problem}` : undefined, configProblems: [] };
  }
  return { path: found.path, config: found.config, configProblems: found.problems.map((problem) => problem.message) };
}

