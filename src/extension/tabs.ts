import * as vscode from 'vscode';

/**
 * Whether the document is in an editor tab. VS Code keeps a closed file's
 * document alive for a while, so "closed" for findings means "no tab shows it".
 */
export function isInEditorTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUris(tab).some((candidate) => candidate.toString() === key)));
}

export function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.modified];
  return [];
}

/** Shown in an editor; its tab may not be reported yet. */
export const isVisible = (uri: vscode.Uri): boolean =>
  vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === uri.toString());
