import type { Connection } from 'vscode-languageserver/node';
import { resolveConfig, RULES, type OutreachConfig, type RuleSetting } from '../core/index.js';

/** How long a lint waits for the client to answer workspace/configuration. */
const PULL_WAIT_MS = 2_000;

/** How problems with client settings are named, as VS Code's extension names them. */
export const SETTINGS_NAME = 'settings (outreach.rules)';

/** The `outreach` settings section, read the way VS Code reads `outreach.*`. */
export interface ClientSettings {
  /** `outreach.rules` with `outreach.timeAsk.*` and `outreach.lengths` folded in, as the core takes it. */
  config: OutreachConfig;
  /** `outreach.debounce`, when set to a usable number. */
  debounceMs?: number;
  /** What is wrong with the section, as the core words it. */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the `outreach` section a client sends (initializationOptions, a
 * workspace/configuration answer or didChangeConfiguration) with the meaning of
 * VS Code's settings: `rules`, `timeAsk: { minMinutes, maxMinutes }`, `lengths`
 * and `debounce`. The rules are checked by the core, like any config.
 */
export function readClientSettings(section: unknown): ClientSettings {
  if (section === undefined || section === null) return { config: {}, problems: [] };
  if (!isRecord(section)) return { config: {}, problems: ['the "outreach" section must be an object such as { "rules": { … } }'] };

  const rules: Record<string, RuleSetting> = isRecord(section.rules) ? { ...(section.rules as Record<string, RuleSetting>) } : {};
  const problems: string[] = [];
  if (section.rules !== undefined && section.rules !== null && !isRecord(section.rules)) problems.push('"rules" must be an object mapping rule ids to settings');

  const timeAsk = isRecord(section.timeAsk) ? section.timeAsk : {};
  const minutes: Record<string, unknown> = {};
  for (const key of ['minMinutes', 'maxMinutes']) if (typeof timeAsk[key] === 'number') minutes[key] = timeAsk[key];
  if (Object.keys(minutes).length > 0) rules['time-ask'] = { ...asObject(rules['time-ask']), ...minutes };
  if (isRecord(section.lengths) && Object.keys(section.lengths).length > 0) rules.length = { ...asObject(rules.length), ...section.lengths };

  const config: OutreachConfig = Object.keys(rules).length > 0 ? { rules } : {};
  problems.push(...resolveConfig(config, RULES).problems.map((problem) => problem.message));
  const debounce = section.debounce;
  const debounceMs = typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : undefined;
  return { config, debounceMs, problems };
}

/**
 * Settings first, then the config file on top, rule by rule: the file is what a
 * team shares, settings are one person's. Same order as the VS Code extension's
 * mergeConfigs; adapters may not import each other, so until the core merges
 * config sources itself, each keeps this small merge.
 */
export function withConfigFile(fromSettings: OutreachConfig, fromFile: unknown): unknown {
  if (fromFile === undefined) return fromSettings;
  // Not an object: let the core report what is wrong with the file.
  if (!isRecord(fromFile)) return fromFile;
  const merged: Record<string, unknown> = { ...fromSettings, ...fromFile };
  if (fromSettings.rules && isRecord(fromFile.rules)) {
    const rules: Record<string, RuleSetting> = { ...fromSettings.rules };
    for (const [id, setting] of Object.entries(fromFile.rules as Record<string, RuleSetting>)) {
      const mergeable = typeof setting === 'string' || isRecord(setting);
      rules[id] = Object.hasOwn(rules, id) && mergeable ? { ...asObject(rules[id]), ...asObject(setting) } : setting;
    }
    merged.rules = rules;
  }
  return merged;
}

/** A rule setting as an object, so options from two places can be merged. */
function asObject(setting: RuleSetting | undefined): Record<string, unknown> {
  if (typeof setting === 'string') return { severity: setting };
  return isRecord(setting) ? setting : {};
}

/**
 * The client's settings for each document: those pushed (initializationOptions,
 * then each didChangeConfiguration), or per document those pulled with
 * workspace/configuration when the client can answer it.
 */
export class ClientSettingsSource {
  canPull = false;
  private pushed: ClientSettings = readClientSettings(undefined);
  private readonly pulled = new Map<string, ClientSettings>();

  constructor(private readonly connection: Connection) {}

  for(uri: string): ClientSettings {
    return this.pulled.get(uri) ?? this.pushed;
  }

  push(section: unknown): ClientSettings {
    this.pushed = readClientSettings(section);
    return this.pushed;
  }

  forget(uri: string): void {
    this.pulled.delete(uri);
  }

  /** Asks the client for the `outreach` section of each document; a slow or failing answer keeps what was known. */
  async pull(uris: string[]): Promise<void> {
    if (!this.canPull || uris.length === 0) return;
    try {
      const answer = await Promise.race([
        this.connection.workspace.getConfiguration(uris.map((scopeUri) => ({ scopeUri, section: 'outreach' }))) as Promise<unknown[]>,
        new Promise<undefined>((done) => setTimeout(() => done(undefined), PULL_WAIT_MS)),
      ]);
      if (!Array.isArray(answer)) return;
      uris.forEach((uri, index) => {
        // null: the client has no such section, so the pushed settings apply.
        if (answer[index] === null || answer[index] === undefined) this.pulled.delete(uri);
        else this.pulled.set(uri, readClientSettings(answer[index]));
      });
    } catch (error) {
      this.connection.console.warn(`outreach-lint: could not read the client's settings: ${String(error)}`);
    }
  }
}
