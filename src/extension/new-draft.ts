import * as vscode from 'vscode';
import { TEMPLATES, type Template } from './templates.js';

/**
 * "Outreach: New Draft…": pick the kind of message, get a Markdown draft (`.email.md`)
 * from its snippet, untitled or saved in a folder the user picks. Its front matter names
 * the kind, so the draft is read as that kind from the first keystroke.
 */
export async function newDraft(name?: string, folder?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const messages = TEMPLATES.filter((template) => template.kind);
  const template = name ? messages.find((candidate) => candidate.name === name) : await pickTemplate(messages);
  if (!template?.kind) return undefined;
  const where = name ? folder : await pickFolder();
  if (where === null) return undefined;
  const uri = where ? await freeFileName(where, template.kind) : untitledName(template.kind);
  if (where) await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(`---\nkind: ${template.kind}\n---\n\n${template.body}`));
  return editor;
}

async function pickTemplate(messages: Template[]): Promise<Template | undefined> {
  const picked = await vscode.window.showQuickPick(
    messages.map((candidate) => ({
      label: candidate.name.replace(/^Outreach: /, ''),
      description: candidate.kind,
      detail: candidate.description,
      template: candidate,
    })),
    { title: 'Outreach: New Draft', placeHolder: 'What are you writing?', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.template;
}

/** undefined for an untitled draft; null when the user backed out. */
async function pickFolder(): Promise<vscode.Uri | undefined | null> {
  if (!vscode.workspace.workspaceFolders) return undefined;
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'Untitled draft', detail: 'Save it later where you like', save: false },
      { label: 'Save in a folder…', detail: 'Creates the .email.md file now', save: true },
    ],
    { title: 'Outreach: New Draft', placeHolder: 'Where?' },
  );
  if (!choice) return null;
  if (!choice.save) return undefined;
  const [folder] = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Save draft here', defaultUri: vscode.workspace.workspaceFolders[0].uri })) ?? [];
  return folder ?? null;
}

/** `request.email.md`, or `request-2.email.md` if that untitled draft is already open. */
function untitledName(kind: string): vscode.Uri {
  const taken = new Set(vscode.workspace.textDocuments.filter((document) => document.isUntitled).map((document) => document.uri.path));
  for (let n = 1; ; n++) {
    const path = `${kind}${n === 1 ? '' : `-${n}`}.email.md`;
    if (!taken.has(path)) return vscode.Uri.from({ scheme: 'untitled', path });
  }
}

async function freeFileName(folder: vscode.Uri, kind: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, `${kind}${n === 1 ? '' : `-${n}`}.email.md`);
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) return uri;
  }
}
