import * as vscode from 'vscode';
import { RULES, ruleDocPath } from '../core/index.js';
import type { DraftLinter } from './diagnostics.js';

/** Read-only pages built from the rule data, for a rule whose bundled page is missing. */
const SCHEME = 'outreach-rule';

/**
 * Opens a rule's documentation page, bundled with the extension, in a locked markdown
 * preview: its own tab, which keeps showing the rule when the writer goes back to the
 * draft (an unlocked preview follows the active editor). Offline, and the same page the
 * diagnostic's code links to.
 */
export class RuleDocs implements vscode.TextDocumentContentProvider {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: DraftLinter,
  ) {}

  register(): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  }

  async show(ruleId?: string): Promise<vscode.Uri | undefined> {
    const id = ruleId ?? (await pickRule(await this.ruleAtCursor()));
    if (!id) return undefined;
    if (!RULES.some((rule) => rule.id === id)) {
      void vscode.window.showWarningMessage(`Outreach Linter has no rule named "${id}".`);
      return undefined;
    }
    const bundled = vscode.Uri.joinPath(this.extensionUri, ruleDocPath(id));
    const page = (await exists(bundled)) ? bundled : vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
    return page;
  }

  /** The rule of the first finding under the cursor in the active draft. */
  private async ruleAtCursor(): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const draft = await this.linter.current(editor.document);
    const cursor = editor.selection.active;
    return draft?.findings.find((finding) => finding.diagnostic.range.contains(cursor))?.core.ruleId;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const rule = RULES.find((candidate) => candidate.id === id);
    if (!rule) return `# ${id}\n\nNo such rule.\n`;
    const parts = [`# ${rule.id}`, `*${rule.severity}*`, rule.message, '## Why', rule.note];
    if (rule.example) parts.push('## Better', `> ${rule.example}`);
    return parts.join('\n\n') + '\n';
  }
}

/** A picker of every rule, starting at the one under the cursor. */
function pickRule(start?: string): Promise<string | undefined> {
  const picker = vscode.window.createQuickPick<vscode.QuickPickItem>();
  picker.title = 'Outreach: Show Rule Documentation';
  picker.placeholder = 'Which rule?';
  picker.matchOnDetail = true;
  picker.items = RULES.map((rule) => ({ label: rule.id, description: rule.severity, detail: rule.message }));
  const active = picker.items.find((item) => item.label === start);
  if (active) picker.activeItems = [active];
  return new Promise((resolve) => {
    picker.onDidAccept(() => {
      resolve(picker.selectedItems[0]?.label ?? picker.activeItems[0]?.label);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
