import type { OutreachConfig } from '../types.js';
import { toPlainData } from './plain-data.js';

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A rule setting as an object, so options from two places can be merged ("warning" → { severity: "warning" }). */
const asObject = (setting: unknown): Data | undefined => (typeof setting === 'string' ? { severity: setting } : isRecord(setting) ? setting : undefined);

/**
 * Merges two configs, rule by rule, `over` winning: the shared config file of a
 * team over one person's settings. Both are read as plain data first, so merging
 * never runs a getter or follows a cycle. A value that is not a config object is
 * kept as it is, for `resolveConfig` to report.
 */
export function mergeConfigs(base: unknown, over: unknown): OutreachConfig | unknown {
  const under = toPlainData(base).data;
  const top = toPlainData(over).data;
  if (top === undefined) return under;
  if (!isRecord(under) || !isRecord(top)) return top;
  const merged = combine(under, top);
  if (isRecord(under.rules) && isRecord(top.rules)) {
    const rules = combine(under.rules);
    for (const [id, setting] of Object.entries(top.rules)) {
      const from = asObject(rules[id]);
      const to = asObject(setting);
      Object.defineProperty(rules, id, { value: from && to ? combine(from, to) : setting, enumerable: true, writable: true, configurable: true });
    }
    merged.rules = rules;
  }
  return merged;
}

/** The keys of each object in turn, later ones winning; defined (fromEntries), never assigned, so `__proto__` stays a key. */
const combine = (...objects: Data[]): Data => Object.fromEntries(objects.flatMap((object) => Object.entries(object)));
