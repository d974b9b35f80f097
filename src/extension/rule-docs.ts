import * as vscode from 'vscode';
import { RULES, ruleDocPath } from '../core/index.js';

/** Read-only pages built from the rule data, for a rule whose bundled page is missing. */
const SCHEME = 'outreach-rule';

/**
 * Opens a rule's documentation page, bundled with the extension, in the markdown
 * preview: offline, and the same page the diagnostic's code links to.
 */
export class RuleDocs implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  register(): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  }

  async show(ruleId?: string): Promise<vscode.Uri | undefined> {
    const id = ruleId ?? (await pickRule());
    if (!id) return undefined;
    if (!RULES.some((rule) => rule.id === id)) {
      void vscode.window.showWarningMessage(`Outreach Linter has no rule named "${id}".`);
      return undefined;
    }
    const bundled = vscode.Uri.joinPath(this.extensionUri, ruleDocPath(id));
    const page = (await exists(bundled)) ? bundled : vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return page;
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

async function pickRule(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    RULES.map((rule) => ({ label: rule.id, description: rule.severity, detail: rule.message })),
    { title: 'Outreach: Show Rule Documentation', placeHolder: 'Which rule?', matchOnDetail: true },
  );
  return picked?.label;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
