import * as vscode from 'vscode';
import type { OutreachConfig, RuleSetting } from '../core/index.js';

/** Which documents to lint and how often; read fresh each time so changes apply at once. */
export interface DraftSettings {
  enable: boolean;
  languages: string[];
  include: string[];
  debounceMs: number;
  /** Longer drafts are not checked (a pasted log would freeze the editor). */
  maxDraftKB: number;
  /** Time one check may take; past it only the start of the draft is checked. */
  timeBudgetMs: number;
}

/** `outreach.ruleSeverity.<rule id>`: one dropdown per rule in the Settings UI. */
export const RULE_SEVERITY_SECTION = 'ruleSeverity';

export const DEFAULT_INCLUDE = ['**/*.email.md', '**/*.email.txt', '**/*.eml', '**/outreach/**', '**/drafts/**'];
export const DEFAULT_DEBOUNCE_MS = 200;
export const DEFAULT_MAX_DRAFT_KB = 500;
export const DEFAULT_TIME_BUDGET_MS = 1000;

const positive = (value: number | undefined, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

export function readDraftSettings(scope?: vscode.ConfigurationScope): DraftSettings {
  const settings = vscode.workspace.getConfiguration('outreach', scope);
  const debounce = settings.get<number>('debounce', DEFAULT_DEBOUNCE_MS);
  return {
    enable: settings.get<boolean>('enable', true),
    languages: settings.get<string[]>('languages', ['plaintext', 'markdown']),
    include: settings.get<string[]>('include', DEFAULT_INCLUDE),
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS,
    maxDraftKB: positive(settings.get<number>('maxDraftKB'), DEFAULT_MAX_DRAFT_KB),
    timeBudgetMs: positive(settings.get<number>('timeBudgetMs'), DEFAULT_TIME_BUDGET_MS),
  };
}

/**
 * The rule settings from VS Code settings, in the core's config shape. The
 * friendly settings (`outreach.timeAsk.*`, `outreach.lengths`) are options of
 * the `time-ask` and `length` rules, so they are folded into `rules` here.
 */
export function configFromSettings(scope?: vscode.ConfigurationScope): OutreachConfig {
  const settings = vscode.workspace.getConfiguration('outreach', scope);
  const rules: Record<string, RuleSetting> = { ...settings.get<Record<string, RuleSetting>>('rules', {}) };

  // The per-rule dropdowns (Settings UI, Manage Rules) win over `outreach.rules` for the severity.
  for (const [ruleId, choice] of Object.entries(settings.get<Record<string, string>>(RULE_SEVERITY_SECTION, {}) ?? {})) {
    if (choice === 'off') rules[ruleId] = 'off';
    else if (choice === 'error' || choice === 'warning' || choice === 'info') rules[ruleId] = { ...asObject(rules[ruleId]), severity: choice };
  }

  const timeAsk: Record<string, number> = {};
  const minMinutes = settings.get<number | null>('timeAsk.minMinutes', null);
  const maxMinutes = settings.get<number | null>('timeAsk.maxMinutes', null);
  if (typeof minMinutes === 'number') timeAsk.minMinutes = minMinutes;
  if (typeof maxMinutes === 'number') timeAsk.maxMinutes = maxMinutes;
  if (Object.keys(timeAsk).length > 0) rules['time-ask'] = { ...asObject(rules['time-ask']), ...timeAsk };

  const lengths = settings.get<Record<string, number>>('lengths', {});
  if (lengths && Object.keys(lengths).length > 0) rules.length = { ...asObject(rules.length), ...lengths };

  return Object.keys(rules).length > 0 ? { rules } : {};
}

/** A rule setting as an object, so options from two places can be merged. */
export function asObject(setting: RuleSetting | undefined): Exclude<RuleSetting, string> {
  if (setting === undefined) return {};
  if (typeof setting === 'string') return { severity: setting };
  if (typeof setting === 'object' && setting !== null) return setting;
  return {};
}
