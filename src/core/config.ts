import type { RuleData } from './rule-data.js';
import { RULE_TYPES } from './rule-types/index.js';
import { defaultOptions, type RuleOptions } from './rule-types/options.js';
import { compilePhrase, PhraseError } from './text/phrases.js';
import { MESSAGE_KINDS, SEVERITIES, type MessageKind, type Severity } from './types.js';

/** The config after checking: every rule's options (or 'off'), and what was wrong with the input. */
export interface ResolvedConfig {
  kind?: MessageKind;
  rules: Map<string, RuleOptions | 'off'>;
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

/**
 * Checks a config object (from `.outreachrc.*`, settings or the API) against the rules.
 * Never throws: each problem becomes one sentence in `problems` and the part it
 * concerns falls back to the default, so linting always goes on.
 */
export function resolveConfig(raw: unknown, rules: readonly RuleData[]): ResolvedConfig {
  const problems: string[] = [];
  const resolved = new Map<string, RuleOptions | 'off'>(rules.map((rule) => [rule.id, defaultOptions(rule)]));
  if (raw === undefined || raw === null) return { rules: resolved, problems };
  if (!isRecord(raw)) return { rules: resolved, problems: ['the config must be an object such as { "rules": { … } }'] };

  let kind: MessageKind | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'kind') {
      if (MESSAGE_KINDS.includes(value as MessageKind)) kind = value as MessageKind;
      else problems.push(`"kind" must be one of ${MESSAGE_KINDS.join(', ')}; got ${JSON.stringify(value)}`);
    } else if (key === 'rules') {
      if (!isRecord(value)) problems.push('"rules" must be an object mapping rule ids to settings');
      else readRuleSettings(value, rules, resolved, problems);
    } else if (key !== '$schema') {
      problems.push(`unknown setting "${key}" (expected "rules" or "kind")`);
    }
  }
  return { kind, rules: resolved, problems };
}

function readRuleSettings(
  settings: Record<string, unknown>,
  rules: readonly RuleData[],
  resolved: Map<string, RuleOptions | 'off'>,
  problems: string[],
): void {
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.find((candidate) => candidate.id === id);
    if (!rule) {
      problems.push(`unknown rule "${id}"${suggest(id, rules)}`);
      continue;
    }
    const options = resolved.get(id) as RuleOptions;
    if (setting === 'off' || setting === false) {
      resolved.set(id, 'off');
    } else if (isSeverity(setting)) {
      options.severity = setting;
    } else if (setting === true) {
      // "on" keeps the defaults.
    } else if (isRecord(setting)) {
      readRuleObject(rule, setting, options, problems);
      if (setting.severity === 'off') resolved.set(id, 'off');
    } else {
      problems.push(`rules.${id} must be "off", "error", "warning", "info" or an object; got ${JSON.stringify(setting)}`);
    }
  }
}

function readRuleObject(rule: RuleData, setting: Record<string, unknown>, options: RuleOptions, problems: string[]): void {
  for (const [key, value] of Object.entries(setting)) {
    const where = `rules.${rule.id}.${key}`;
    if (key === 'severity') {
      if (isSeverity(value)) options.severity = value;
      else if (value !== 'off') problems.push(`${where} must be "off", "error", "warning" or "info"; got ${JSON.stringify(value)}`);
    } else if (key === 'phrases') {
      if (!RULE_TYPES[rule.type]?.userPhrases) {
        problems.push(`${where}: rule ${rule.id} counts or scans the draft and takes no phrases`);
        continue;
      }
      if (!Array.isArray(value)) {
        problems.push(`${where} must be a list of phrases`);
        continue;
      }
      value.forEach((phrase, i) => {
        const problem = phraseProblem(phrase);
        if (problem) problems.push(`${where}[${i}]: ${problem}`);
        else options.extraPhrases.push(phrase as string);
      });
    } else if (key in options.values) {
      // Limits are counts and minutes; only a sentiment score runs below zero.
      const mayBeNegative = options.values[key] < 0;
      if (typeof value === 'number' && Number.isFinite(value) && (value >= 0 || mayBeNegative)) options.values[key] = value;
      else problems.push(`${where} must be a ${mayBeNegative ? '' : 'non-negative '}number; got ${JSON.stringify(value)}`);
    } else {
      const known = ['severity', 'phrases', ...Object.keys(options.values)].join(', ');
      problems.push(`unknown option "${key}" for rule ${rule.id} (options: ${known})`);
    }
  }
}

function phraseProblem(phrase: unknown): string | undefined {
  if (typeof phrase !== 'string') return `a phrase must be text; got ${JSON.stringify(phrase)}`;
  try {
    compilePhrase(phrase, 0);
    return undefined;
  } catch (error) {
    if (error instanceof PhraseError) return `${error.message}${phrase.length > 60 ? '' : ` ("${phrase}")`}`;
    throw error;
  }
}

function suggest(id: string, rules: readonly RuleData[]): string {
  const close = rules.find((rule) => rule.id.includes(id) || id.includes(rule.id));
  return close ? ` (did you mean "${close.id}"?)` : '';
}
