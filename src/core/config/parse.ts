import { load as parseYaml } from 'js-yaml';
import { toPlainData } from './plain-data.js';

/** Names of the config files, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['.outreachrc.json', '.outreachrc.yaml', '.outreachrc.yml', '.outreachrc', 'package.json'] as const;

/** Config files that would have to be run to be read; they are never run, and say so. */
export const JAVASCRIPT_CONFIG_NAMES = ['.outreachrc.js', '.outreachrc.cjs', '.outreachrc.mjs'] as const;

/** Largest config file read, in characters; a real one is a few hundred. */
export const MAX_CONFIG_CHARACTERS = 256 * 1024;

/**
 * YAML limits, for config files and front matter alike: a few aliases are handy (one
 * set of phrases shared by two rules), hundreds are an attack; real configs nest a few levels.
 */
export const YAML_LIMITS = { maxAliases: 50, maxDepth: 32, maxTotalMergeKeys: 1_000 };

export interface ConfigFileResult {
  /** The config as plain data, or undefined when the file holds none (a package.json without `outreach`). */
  config?: unknown;
  /** A one-line description of what is wrong with the file as a whole. */
  problem?: string;
  /** Values dropped while reading (a value of the wrong sort), each on one line. */
  valueProblems?: string[];
}

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/**
 * Reads the text of a config file: JSON or YAML, never code. Pure, so the CLI, the
 * extension (through `workspace.fs`) and the language server share one reading.
 */
export function parseConfigFile(fileName: string, text: string): ConfigFileResult {
  const base = baseName(fileName);
  if ((JAVASCRIPT_CONFIG_NAMES as readonly string[]).includes(base)) {
    return { problem: 'JavaScript config files are never run, so this one is not read; move its settings to .outreachrc.json or .outreachrc.yaml. Using the defaults' };
  }
  if (text.length > MAX_CONFIG_CHARACTERS) {
    return { problem: `the config is larger than ${MAX_CONFIG_CHARACTERS / 1024} KB, so it is not read; using the defaults` };
  }
  // Editors on Windows often save JSON with a byte order mark.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    if (base === 'package.json') {
      const data: unknown = JSON.parse(source);
      raw = data && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'outreach') ? (data as { outreach: unknown }).outreach : undefined;
      if (raw === undefined) return {};
    } else if (base.endsWith('.json')) {
      raw = JSON.parse(source);
    } else {
      // YAML is a superset of JSON, so `.outreachrc` may hold either.
      raw = parseYaml(source, YAML_LIMITS);
    }
  } catch (error) {
    return { problem: `cannot read the config (${firstLine(error)}); using the defaults` };
  }
  const { data, problems } = toPlainData(raw);
  if (data === undefined && problems.length > 0) return { problem: `${problems[0]}; using the defaults` };
  return { config: data, valueProblems: problems };
}

/** The first line of an error's message, cut short: parsers quote the input in theirs. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0];
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}
