import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, findConfig, JAVASCRIPT_CONFIG_NAMES, MAX_CONFIG_CHARACTERS, mergeConfigs, resolveConfig, RULES, type FoundConfig, type OutreachConfig } from '../core/index.js';
import { configFromSettings } from './settings.js';

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
  private readonly found = new Map<string, Promise<(FoundConfig & { uri: vscode.Uri }) | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  /** Fires when a config file is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/{${[...CONFIG_FILE_NAMES, ...JAVASCRIPT_CONFIG_NAMES].join(',')}}`);
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
    const settingsProblems = resolveConfig(fromSettings, RULES, 'settings').problems.map((problem) => problem.message);
    const found = await this.nearestFile(document.uri);
    const file = found?.path !== undefined ? found.uri.with({ path: found.path }) : undefined;
    const fileProblems = found?.problems.map((problem) => problem.message) ?? [];
    const fileName = file ? vscode.workspace.asRelativePath(file) : '';
    const problems = [...settingsProblems.map((problem) => `${SETTINGS}: ${problem}`), ...fileProblems.map((problem) => `${fileName}: ${problem}`)];
    const known = new Set([...settingsProblems, ...fileProblems]);
    if (!found || found.config === undefined) return { config: fromSettings, file, fileRuleIds: [], problems, known };
    return { config: mergeConfigs(fromSettings, found.config) as OutreachConfig, file, fileRuleIds: ruleIdsOf(found.config), problems, known };
  }

  /** Forgets what was read, e.g. after a save the watcher has not reported yet. */
  clear(): void {
    this.found.clear();
  }

  /**
   * The core's discovery, from the document's folder up to its workspace folder, reading
   * through `workspace.fs` (so virtual workspaces work too). Results are kept per folder
   * until a config file changes.
   */
  private nearestFile(uri: vscode.Uri): Promise<(FoundConfig & { uri: vscode.Uri }) | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) return Promise.resolve(undefined);
    const start = uri.scheme === 'untitled' ? folder.uri : vscode.Uri.joinPath(uri, '..');
    const key = start.toString();
    let result = this.found.get(key);
    if (!result) {
      const read = (path: string) => readConfigText(start.with({ path }));
      result = findConfig(start.path, read, folder.uri.path).then((found) => ({ ...found, uri: start }));
      this.found.set(key, result);
    }
    return result;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

/** A file's text, or undefined when it is not there (or is a folder). */
async function readConfigText(uri: vscode.Uri): Promise<string | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined; // Not there: look for the next name.
  }
  if ((stat.type & vscode.FileType.File) === 0) return undefined;
  if (stat.size > MAX_CONFIG_CHARACTERS) throw new Error(`larger than ${MAX_CONFIG_CHARACTERS / 1024} KB`);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function ruleIdsOf(config: unknown): string[] {
  const rules = (config as { rules?: unknown } | null)?.rules;
  return typeof rules === 'object' && rules !== null ? Object.keys(rules) : [];
}
