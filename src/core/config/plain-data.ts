import { quote } from './problems.js';

/** How much of a config is read: enough for any real one, little enough that reading it is instant. */
export const CONFIG_LIMITS = {
  /** Levels of nesting (a real config has three: rules, a rule, its phrases). */
  depth: 32,
  /** Values visited, a value reached through several references (YAML aliases) counted each time. */
  values: 10_000,
  /** Characters in all keys and strings together. */
  characters: 256 * 1024,
};

/** Problems about single values reported before the rest are summed up. */
const MAX_LISTED_PROBLEMS = 10;

export interface PlainData {
  /** A fresh copy made of plain objects, lists, strings, numbers, booleans and null; undefined when nothing could be used. */
  data?: unknown;
  problems: string[];
}

class TooLarge extends Error {}

/**
 * Copies a config value into plain data that can be checked, merged and used as a
 * cache key safely, whatever it was: only own data properties are read (a getter is
 * never called), cycles are cut, BigInts, functions and symbols are dropped with a
 * problem, and nesting, size and alias expansion are bounded. Never throws.
 */
export function toPlainData(value: unknown): PlainData {
  const problems: string[] = [];
  let skipped = 0;
  const note = (path: readonly string[], message: string) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${path.length > 0 ? `${path.join('.')}: ` : ''}${message}`);
    else skipped++;
  };
  let values = 0;
  let characters = 0;
  const ancestors = new Set<object>();
  const count = (text: string) => {
    characters += text.length;
    if (characters > CONFIG_LIMITS.characters) throw new TooLarge(`more than ${CONFIG_LIMITS.characters / 1024} K characters`);
  };

  const copy = (input: unknown, path: string[]): unknown => {
    if (++values > CONFIG_LIMITS.values) throw new TooLarge(`more than ${CONFIG_LIMITS.values.toLocaleString('en')} values (aliases count each time they are used)`);
    if (typeof input === 'string') {
      count(input);
      return input;
    }
    if (input === undefined || input === null || typeof input === 'number' || typeof input === 'boolean') return input;
    if (typeof input !== 'object') {
      note(path, `${kindOf(input)} is not a config value; ignored`);
      return undefined;
    }
    if (path.length >= CONFIG_LIMITS.depth) throw new TooLarge(`nested more than ${CONFIG_LIMITS.depth} levels deep`);
    if (ancestors.has(input)) {
      note(path, 'refers to itself; ignored');
      return undefined;
    }
    const isList = Array.isArray(input);
    if (isList && input.length > CONFIG_LIMITS.values) throw new TooLarge(`a list of more than ${CONFIG_LIMITS.values.toLocaleString('en')} values`);
    const prototype = Object.getPrototypeOf(input);
    if (!isList && prototype !== Object.prototype && prototype !== null) {
      note(path, 'is not a plain object or list; ignored');
      return undefined;
    }
    ancestors.add(input);
    const out: unknown[] | Record<string, unknown> = isList ? [] : {};
    for (const key of Object.keys(input)) {
      if (isList && key === 'length') continue;
      count(key);
      const where = [...path, isList ? `[${key}]` : keyName(key)];
      const descriptor = Object.getOwnPropertyDescriptor(input, key);
      if (!descriptor) continue;
      if (!('value' in descriptor)) {
        note(where, 'a getter is not a config value; ignored');
        continue;
      }
      const item = copy(descriptor.value, where);
      if (isList) (out as unknown[]).push(item);
      // Defined, not assigned, so a key such as `__proto__` stays an ordinary key.
      else if (item !== undefined) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    ancestors.delete(input);
    return out;
  };

  try {
    const data = copy(value, []);
    if (skipped > 0) problems.push(`${skipped} more problems of the same sort`);
    return { data, problems };
  } catch (error) {
    // Size limits, and anything a proxy or exotic object throws while being read.
    const reason = error instanceof TooLarge ? error.message : 'it could not be read';
    return { data: undefined, problems: [`the config is not used: ${reason}`] };
  }
}

/** A key as it appears in a problem's path: plain when it reads as one, else quoted. */
const keyName = (key: string) => (/^[\w-]{1,40}$/.test(key) ? key : quote(key));

function kindOf(value: unknown): string {
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'this value';
}
