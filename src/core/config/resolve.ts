import type { RuleData } from '../rule-data.js';
import { RULE_TYPES } from '../rule-types/index.js';
import { defaultOptions, type RuleOptions } from '../rule-types/options.js';
import { compilePhrase, PhraseError } from '../text/phrases.js';
import { MESSAGE_KINDS, SEVERITIES, type MessageKind, type Severity } from '../types.js';
import { toPlainData } from './plain-data.js';
import { describeValue, quote, type ConfigOrigin, type ConfigProblem } from './problems.js';

/** The config after checking: every rule's options (or 'off'), and what was wrong with the input. */
export interface ResolvedConfig {
  kind?: MessageKind;
  rules: Map<string, RuleOptions | 'off'>;
  problems: ConfigProblem[];
}

/** Problems listed for one config; a config with thousands of mistakes gets a count of the rest. */
const MAX_PROBLEMS = 50;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Checks a config object (from `.outreachrc.*`, settings or the API) against the rules.
 * Never throws, whatever the value (cycles, getters, BigInts, deep nesting): each
 * problem becomes one short sentence and the part it concerns falls back to the
 * default, so linting always goes on.
 */
export function resolveConfig(raw: unknown, rules: readonly RuleData[], origin: ConfigOrigin = 'settings', path?: string): ResolvedConfig {
  const messages: string[] = [];
  const resolved = new Map<string, RuleOptions | 'off'>(rules.map((rule) => [rule.id, defaultOptions(rule)]));
  const { data, problems: shapeProblems } = toPlainData(raw);
  messages.push(...shapeProblems);
  let kind: MessageKind | undefined;
  if (data !== undefined && data !== null) {
    if (!isRecord(data)) messages.push('the config must be an object such as { "rules": { … } }');
    else kind = readConfigObject(data, rules, resolved, messages);
  }
  if (messages.length > MAX_PROBLEMS) messages.splice(MAX_PROBLEMS - 1, Infinity, `and ${messages.length - MAX_PROBLEMS + 1} more problems`);
  const problems = messages.map((message): ConfigProblem => (path === undefined ? { origin, message } : { origin, path, message }));
  return { kind, rules: resolved, problems };
}

function readConfigObject(data: Record<string, unknown>, rules: readonly RuleData[], resolved: Map<string, RuleOptions | 'off'>, problems: string[]): MessageKind | undefined {
  let kind: MessageKind | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'kind') {
      if (MESSAGE_KINDS.includes(value as MessageKind)) kind = value as MessageKind;
      else problems.push(`"kind" must be one of ${MESSAGE_KINDS.join(', ')}; got ${describeValue(value)}`);
    } else if (key === 'rules') {
      if (!isRecord(value)) problems.push('"rules" must be an object mapping rule ids to settings');
      else readRuleSettings(value, rules, resolved, problems);
    } else if (key !== '$schema') {
      problems.push(`unknown setting ${quote(key)} (expected "rules" or "kind")`);
    }
  }
  return kind;
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
      problems.push(`unknown rule ${quote(id)}${suggest(id, rules)}`);
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
      problems.push(`rules.${id} must be "off", "error", "warning", "info" or an object; got ${describeValue(setting)}`);
    }
  }
}

function readRuleObject(rule: RuleData, setting: Record<string, unknown>, options: RuleOptions, problems: string[]): void {
  for (const [key, value] of Object.entries(setting)) {
    const where = `rules.${rule.id}.${/^[\w-]{1,40}$/.test(key) ? key : quote(key)}`;
    if (key === 'severity') {
      if (isSeverity(value)) options.severity = value;
      else if (value !== 'off') problems.push(`${where} must be "off", "error", "warning" or "info"; got ${describeValue(value)}`);
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
    } else if (hasOwn(options.values, key)) {
      // Own keys only: `toString` or `constructor` are no options of any rule.
      // Limits are counts and minutes; only a sentiment score runs below zero.
      const mayBeNegative = options.values[key] < 0;
      if (typeof value === 'number' && Number.isFinite(value) && (value >= 0 || mayBeNegative)) options.values[key] = value;
      else problems.push(`${where} must be a ${mayBeNegative ? '' : 'non-negative '}number; got ${describeValue(value)}`);
    } else {
      const known = ['severity', 'phrases', ...Object.keys(options.values)].join(', ');
      problems.push(`unknown option ${quote(key)} for rule ${rule.id} (options: ${known})`);
    }
  }
}

function phraseProblem(phrase: unknown): string | undefined {
  if (typeof phrase !== 'string') return `a phrase must be text; got ${describeValue(phrase)}`;
  try {
    compilePhrase(phrase, 0);
    return undefined;
  } catch (error) {
    if (error instanceof PhraseError) return `${error.message}${phrase.length > 60 ? '' : ` ("${phrase}")`}`;
    // Any other failure of the phrase compiler is still a problem with this phrase, not a crash.
    return `this phrase could not be read (${quote(phrase)})`;
  }
}

function suggest(id: string, rules: readonly RuleData[]): string {
  const close = id.length <= 60 ? rules.find((rule) => rule.id.includes(id) || id.includes(rule.id)) : undefined;
  return close ? ` (did you mean "${close.id}"?)` : '';
}
