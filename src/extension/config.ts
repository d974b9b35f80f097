import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, parseConfigFile, resolveConfig, RULES, type OutreachConfig, type RuleSetting } from '../core/index.js';
import { asObject, configFromSettings } from './settings.js';

/** The config a document is linted with, and what was wrong while reading it. */
export interface DocumentConfig {
  config: OutreachConfig;
  /** The config file that applied, if any. */
  file?: vscode.Uri;
  /** Rules the file sets, which settings cannot override. */
  fileRuleIds: string[];
  /** What is wrong with the settings and with the file, each checked on its own and named. */
  problems: string[];
  /** The same problems as the core words them: any other problem it reports is the draft's own (its front matter). */
  known: ReadonlySet<string>;
}

interface FoundFile {
  uri: vscode.Uri;
  config?: unknown;
  /** Why the file could not be read, naming it. */
  problem?: string;
  /** What is wrong with what it says, checked once when it is read. */
  configProblems: string[];
}

const SETTINGS = 'settings (outreach.rules)';

/**
 * Finds the `.outreachrc` (or `package.json` with an `outreach` key) nearest to a
 * document, looking upward from its folder to its workspace folder, and merges it
 * with the VS Code settings.
 *
 * The file wins over settings, rule by rule: it is what a team shares in the
 * repository, while settings are one person's preferences. Files are read through
 * `workspace.fs`, so this works in virtual workspaces too.
 */
export class ConfigLoader implements vscode.Disposable {
  private readonly found = new Map<string, Promise<FoundFile | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  /** Fires when a config file is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const invalidate = () => {
      this.found.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(invalidate);
    this.watcher.onDidChange(invalidate);
    this.watcher.onDidDelete(invalidate);
  }

  async forDocument(document: vscode.TextDocument): Promise<DocumentConfig> {
    const fromSettings = configFromSettings(document.uri);
    // Each source is checked on its own, so a problem names the place to fix it: the
    // core, given the merged config, could not tell a bad setting from a bad file entry.
    const settingsProblems = resolveConfig(fromSettings, RULES).problems;
    const file = await this.nearestFile(document.uri);
    const fileProblems = file?.configProblems ?? [];
    const fileName = file ? vscode.workspace.asRelativePath(file.uri) : '';
    const problems = [
      ...settingsProblems.map((problem) => `${SETTINGS}: ${problem}`),
      ...(file?.problem ? [file.problem] : []),
      ...fileProblems.map((problem) => `${fileName}: ${problem}`),
    ];
    const known = new Set([...settingsProblems, ...fileProblems]);
    if (!file || file.config === undefined) return { config: fromSettings, file: file?.uri, fileRuleIds: [], problems, known };
    return { config: mergeConfigs(fromSettings, file.config), file: file.uri, fileRuleIds: ruleIdsOf(file.config), problems, known };
  }

  /** Forgets what was read, e.g. after a save the watcher has not reported yet. */
  clear(): void {
    this.found.clear();
  }

  private nearestFile(uri: vscode.Uri): Promise<FoundFile | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) return Promise.resolve(undefined);
    const start = uri.scheme === 'untitled' ? folder.uri : vscode.Uri.joinPath(uri, '..');
    return this.searchUpward(start, folder.uri);
  }

  private searchUpward(dir: vscode.Uri, root: vscode.Uri): Promise<FoundFile | undefined> {
    const key = dir.toString();
    let result = this.found.get(key);
    if (!result) {
      result = this.readFolder(dir).then((found) => {
        if (found) return found;
        const parent = vscode.Uri.joinPath(dir, '..');
        const atRoot = dir.path === root.path || parent.path === dir.path || !dir.path.startsWith(root.path);
        return atRoot ? undefined : this.searchUpward(parent, root);
      });
      this.found.set(key, result);
    }
    return result;
  }

  private async readFolder(dir: vscode.Uri): Promise<FoundFile | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = vscode.Uri.joinPath(dir, name);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // Not there (or unreadable): look for the next name.
      }
      const parsed = parseConfigFile(vscode.workspace.asRelativePath(uri), text);
      // A package.json without an `outreach` key is not a config file.
      if (parsed.config === undefined && !parsed.problem) continue;
      return { uri, ...parsed, configProblems: parsed.config === undefined ? [] : resolveConfig(parsed.config, RULES).problems };
    }
    return undefined;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

/** Settings first, then the file on top, per rule; the core checks the result. */
export function mergeConfigs(fromSettings: OutreachConfig, fromFile: unknown): OutreachConfig {
  if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
    // Let the core report what is wrong with it.
    return fromFile as OutreachConfig;
  }
  const file = fromFile as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...fromSettings, ...file };
  const fileRules = file.rules;
  if (fromSettings.rules && typeof fileRules === 'object' && fileRules !== null && !Array.isArray(fileRules)) {
    const rules: Record<string, RuleSetting> = { ...fromSettings.rules };
    for (const [id, setting] of Object.entries(fileRules as Record<string, RuleSetting>)) {
      rules[id] = id in rules && isMergeable(setting) ? { ...asObject(rules[id]), ...asObject(setting) } : setting;
    }
    merged.rules = rules;
  }
  return merged as OutreachConfig;
}

const isMergeable = (setting: unknown): setting is RuleSetting =>
  typeof setting === 'string' || (typeof setting === 'object' && setting !== null && !Array.isArray(setting));

function ruleIdsOf(config: unknown): string[] {
  const rules = (config as { rules?: unknown } | null)?.rules;
  return typeof rules === 'object' && rules !== null ? Object.keys(rules) : [];
}
