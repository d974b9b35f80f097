import { RULES } from '../engine.js';
import { CONFIG_FILE_NAMES, firstLine, JAVASCRIPT_CONFIG_NAMES, parseConfigFile } from './parse.js';
import type { ConfigProblem } from './problems.js';
import { resolveConfig } from './resolve.js';

/**
 * Reads a file for config discovery: its text, or undefined when there is no such
 * regular file. May throw when the file exists but cannot be read. Adapters read at
 * most MAX_CONFIG_CHARACTERS + 1 characters; a longer text is reported as too large.
 */
export type ConfigFileReader = (path: string) => string | undefined;
export type AsyncConfigFileReader = (path: string) => Promise<string | undefined> | string | undefined;

/** The config that applies to a draft: the nearest config file upward from its folder. */
export interface FoundConfig {
  /** The config file that applies, if any. */
  path?: string;
  /** Its settings as plain data (undefined when there is no file, or it could not be used). */
  config?: unknown;
  /** What is wrong with the file, each problem naming it (origin 'file'). */
  problems: ConfigProblem[];
}

/** Every name looked for in a folder, in order: data files first, then the JavaScript ones that are refused. */
const SEARCHED_NAMES: readonly string[] = [...CONFIG_FILE_NAMES, ...JAVASCRIPT_CONFIG_NAMES];

/**
 * Where config files are looked for, nearest first: in each folder from `folder` up to
 * `stopAt` (or the root), each name of CONFIG_FILE_NAMES, then the JavaScript names.
 * Paths use the separator of `folder`, so this works for POSIX, Windows and URI paths.
 */
export function* configCandidates(folder: string, stopAt?: string): Generator<string> {
  for (let current: string | undefined = folder; current !== undefined; current = parentFolder(current)) {
    for (const name of SEARCHED_NAMES) yield joinPath(current, name);
    if (stopAt !== undefined && samePath(current, stopAt)) return;
  }
}

/** What one candidate says: a config (or a problem) that ends the search, or undefined to look further. */
export function readCandidate(path: string, text: string | undefined): FoundConfig | undefined {
  if (text === undefined) return undefined;
  const parsed = parseConfigFile(path, text);
  if (parsed.config === undefined && !parsed.problem) return undefined; // a package.json without `outreach`
  const problems: ConfigProblem[] = [];
  if (parsed.problem) problems.push({ origin: 'file', path, message: parsed.problem });
  for (const message of parsed.valueProblems ?? []) problems.push({ origin: 'file', path, message });
  if (parsed.config !== undefined) problems.push(...resolveConfig(parsed.config, RULES, 'file', path).problems.filter((problem) => !parsed.valueProblems?.includes(problem.message)));
  return { path, config: parsed.config, problems };
}

const unreadable = (path: string, error: unknown): FoundConfig => ({
  path,
  problems: [{ origin: 'file', path, message: `cannot read the config (${firstLine(error)}); using the defaults` }],
});

/** Finds the config for a draft in `folder`, reading files synchronously (CLI, language server). */
export function findConfigSync(folder: string, read: ConfigFileReader, stopAt?: string): FoundConfig {
  for (const path of configCandidates(folder, stopAt)) {
    let text: string | undefined;
    try {
      text = read(path);
    } catch (error) {
      return unreadable(path, error);
    }
    const found = readCandidate(path, text);
    if (found) return found;
  }
  return { problems: [] };
}

/** The same search with a reader that may be asynchronous (the extension's `workspace.fs`). */
export async function findConfig(folder: string, read: AsyncConfigFileReader, stopAt?: string): Promise<FoundConfig> {
  for (const path of configCandidates(folder, stopAt)) {
    let text: string | undefined;
    try {
      text = await read(path);
    } catch (error) {
      return unreadable(path, error);
    }
    const found = readCandidate(path, text);
    if (found) return found;
  }
  return { problems: [] };
}

/** The folder that holds `path` ("/a/b" → "/a", "C:\a" → "C:\"), or undefined at a root. */
export function parentFolder(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0 || cut === path.length - 1) return undefined;
  const parent = path.slice(0, cut);
  return parent === '' || /^[A-Za-z]:$/.test(parent) ? path.slice(0, cut + 1) : parent;
}

function joinPath(folder: string, name: string): string {
  if (/[\\/]$/.test(folder)) return folder + name;
  return folder + (folder.includes('\\') && !folder.includes('/') ? '\\' : '/') + name;
}

const samePath = (a: string, b: string) => a.replace(/[\\/]+$/, '') === b.replace(/[\\/]+$/, '');
