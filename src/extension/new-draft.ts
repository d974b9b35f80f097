import * as vscode from 'vscode';
import { TEMPLATES } from './templates.js';

/** "Outreach: New Draft…": pick the kind of message, get an untitled draft from its snippet. */
export async function newDraft(name?: string): Promise<vscode.TextEditor | undefined> {
  const messages = TEMPLATES.filter((template) => template.kind);
  const template = name
    ? messages.find((candidate) => candidate.name === name)
    : (
        await vscode.window.showQuickPick(
          messages.map((candidate) => ({
            label: candidate.name.replace(/^Outreach: /, ''),
            description: candidate.kind,
            detail: candidate.description,
            template: candidate,
          })),
          { title: 'Outreach: New Draft', placeHolder: 'What are you writing?', matchOnDescription: true, matchOnDetail: true },
        )
      )?.template;
  if (!template) return undefined;
  // Plain text: what is written here is what gets sent, with no markup.
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(template.body));
  return editor;
}
