import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The local path of a document, or undefined when it has none: an unsaved buffer
 * (`untitled:`), another scheme, a file on another host (`file://host/share/…`
 * outside Windows), or a URI that does not parse. Never throws: any document can
 * be linted, only the config file search needs a path.
 */
export function localPathOf(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * Where to start looking for a config file: beside the document, or for an
 * unsaved buffer, at the workspace root (as the VS Code extension does).
 */
export function configSearchStart(uri: string, workspaceRoot: string | undefined): string | undefined {
  const path = localPathOf(uri);
  if (path) return path;
  // A file name in the root folder, so the upward search starts in the root itself.
  return /^untitled:/i.test(uri) && workspaceRoot ? join(workspaceRoot, 'untitled') : undefined;
}

/** How problems name a document: its path when it has one. */
export const documentName = (uri: string): string => localPathOf(uri) ?? uri;

/** Markdown or plain text, from the client's language id or the file name. */
export function isMarkdown(uri: string, languageId: string): boolean {
  if (languageId === 'markdown') return true;
  const name = uri.split(/[?#]/)[0];
  return /\.(md|markdown|mdown|mkd)$/i.test(name);
}
