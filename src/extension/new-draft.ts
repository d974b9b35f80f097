import * as vscode from 'vscode';
import { personFrontMatter, templateFillerFor } from '../core/index.js';
import { TEMPLATES, type Template } from './templates.js';

/**
 * "Outreach: New Draft…": pick the kind of message, get a Markdown draft (`.email.md`)
 * from its snippet, untitled or saved in a folder the user picks. Its front matter names
 * the kind, so the draft is read as that kind from the first keystroke. Started from a
 * draft that names its reader (`to:` in the front matter), it can be to the same person:
 * their fields are copied and fill the name, company and referrer in the text.
 * From code: `newDraft(templateName, folder, sameReaderAs)`.
 */
export async function newDraft(name?: string, folder?: vscode.Uri, sameReaderAs?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const messages = TEMPLATES.filter((template) => template.kind);
  const template = name ? messages.find((candidate) => candidate.name === name) : await pickTemplate(messages);
  if (!template?.kind) return undefined;
  const reader = name ? await readerOf(sameReaderAs) : await pickReader();
  if (reader === null) return undefined;
  const where = name ? folder : await pickFolder();
  if (where === null) return undefined;
  const uri = where ? await freeFileName(where, template.kind) : untitledName(template.kind);
  if (where) await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(draftSnippet(template, reader)));
  return editor;
}

/** The draft to a reader: the front matter names the kind and the person, the text is filled from it. */
function draftSnippet(template: Template, reader: string[] = []): string {
  // Front matter values are literal text in a snippet, where `$`, `}` and a backslash mean something.
  const frontMatter = ['---', `kind: ${template.kind}`, ...reader.map((line) => line.replace(/[$}\\]/g, '\\$&')), '---', '', ''].join('\n');
  const body = reader.length > 0 ? templateFillerFor(`---\n${reader.join('\n')}\n---\n`)(template.body) : template.body;
  return frontMatter + body;
}

/** The person fields of a draft, read from the editor if it is open, else from disk. */
async function readerOf(uri: vscode.Uri | undefined): Promise<string[]> {
  if (!uri) return [];
  const document = await vscode.workspace.openTextDocument(uri);
  return personFrontMatter(document.getText());
}

/** From a draft that names its reader: to them, or to someone new? null when the user backed out. */
async function pickReader(): Promise<string[] | null> {
  const active = vscode.window.activeTextEditor?.document;
  const fields = active ? personFrontMatter(active.getText()) : [];
  const to = fields.find((line) => line.startsWith('to: '))?.slice(4).replace(/^"|"$/g, '');
  if (!to) return [];
  const choice = await vscode.window.showQuickPick(
    [
      { label: `To ${to}`, detail: 'Copies who they are from the open draft and fills in their name', fields },
      { label: 'To someone new', detail: 'A blank template', fields: [] as string[] },
    ],
    { title: 'Outreach: New Draft', placeHolder: 'Who is it to?' },
  );
  return choice ? choice.fields : null;
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
