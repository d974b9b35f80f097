import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigFile, resolveConfig, RULES } from '../core/index.js';

export interface FoundConfig {
  /** The config file's path, for messages. */
  path?: string;
  config?: unknown;
  problem?: string;
  /** What is wrong with what the file says, as the core words it (checked once per read). */
  configProblems?: string[];
}

/**
 * Finds the config for a draft the way the CLI does: the nearest `.outreachrc.*`
 * (or package.json with an `outreach` key) upward from the draft's folder. Files
 * are re-read only when their modification time changes.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, { mtimeMs: number; result: FoundConfig }>();

  forFile(filePath: string): FoundConfig {
    for (let dir = dirname(filePath); ; dir = dirname(dir)) {
      for (const name of CONFIG_FILE_NAMES) {
        const found = this.read(join(dir, name));
        if (found && (found.config !== undefined || found.problem)) return found;
      }
      if (dirname(dir) === dir) return {};
    }
  }

  private read(path: string): FoundConfig | undefined {
    let mtimeMs: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      mtimeMs = stat.mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.result;
    const { config, problem } = parseConfigFile(path, readFileSync(path, 'utf8'));
    const result = { path, config, problem, configProblems: config === undefined ? [] : resolveConfig(config, RULES).problems };
    this.cache.set(path, { mtimeMs, result });
    return result;
  }
}
