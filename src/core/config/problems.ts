/** Where a config problem comes from, so each adapter can name the place to fix it. */
export type ConfigOrigin = 'file' | 'settings' | 'front-matter';

/** One thing wrong with a config: short, and never an expansion of the input. */
export interface ConfigProblem {
  origin: ConfigOrigin;
  /** The config file (for 'file') or the draft (for 'front-matter'), when known. */
  path?: string;
  message: string;
}

/** Longest piece of user input quoted in a message. */
const QUOTE_LIMIT = 40;

/**
 * A short description of a config value for a message. Strings are quoted (cut
 * short), objects and lists are named, never serialized: a value may be huge or
 * built from YAML aliases that expand to gigabytes.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A key or string from the input, quoted and cut to a readable length. */
export function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);
}
