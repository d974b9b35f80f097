import { load as parseYaml } from 'js-yaml';

/** Names of the config files, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['.outreachrc.json', '.outreachrc.yaml', '.outreachrc.yml', '.outreachrc', 'package.json'] as const;

export interface ConfigFileResult {
  /** The config object, or undefined when the file holds none (a package.json without `outreach`). */
  config?: unknown;
  /** A one-line description of what is wrong, naming the file. */
  problem?: string;
}

/**
 * Reads the text of a config file. Pure, so the CLI, the extension (through
 * `workspace.fs`) and a language server share one reading of the format.
 */
export function parseConfigFile(fileName: string, text: string): ConfigFileResult {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  try {
    if (base === 'package.json') {
      const data = JSON.parse(text) as Record<string, unknown>;
      return { config: data && typeof data === 'object' ? data.outreach : undefined };
    }
    if (base.endsWith('.json')) return { config: JSON.parse(text) as unknown };
    // YAML is a superset of JSON, so `.outreachrc` may hold either.
    return { config: parseYaml(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return { problem: `${fileName}: cannot read the config (${reason}); using the defaults` };
  }
}
