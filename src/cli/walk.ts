import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Extensions of drafts found when walking a folder. */
export const DRAFT_EXTENSIONS = /\.(md|markdown|txt|eml)$/i;
const IGNORE_FILE = '.outreachignore';

export interface Walk {
  /** Absolute paths of the drafts to lint, each real file once, in the order found. */
  files: string[];
  /** Paths not linted, and why (a FIFO, a missing file). */
  notes: { path: string; message: string; error?: boolean }[];
}

/**
 * Expands the command line into drafts, as a careful Unix tool does: each real file
 * once however many links lead to it, symlink loops detected (a folder is entered
 * once, by its real path), FIFOs, sockets and devices never opened, hidden entries
 * and node_modules skipped inside folders, and `.outreachignore` files honoured
 * (gitignore syntax, relative to the folder that holds them).
 *
 * Written here rather than taken from unified-engine: its file search comes with its
 * config loading, which imports the plugins a config file names, and an outreach
 * config is data that is never executed; the walk also reports FIFOs and link loops
 * instead of opening them.
 */
export function walk(paths: string[], cwd: string): Walk {
  const result: Walk = { files: [], notes: [] };
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const ignores = new IgnoreFiles();

  const addFile = (path: string, stats: Stats, explicit: boolean) => {
    if (!stats.isFile()) {
      if (explicit || DRAFT_EXTENSIONS.test(path)) result.notes.push({ path, message: 'not a regular file (a FIFO, socket or device); skipped' });
      return;
    }
    if (!explicit && !DRAFT_EXTENSIONS.test(path)) return;
    if (ignores.ignores(path)) return;
    const real = realpathSync(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    result.files.push(path);
  };

  const enter = (folder: string) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      result.notes.push({ path: folder, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, error: true });
      return;
    }
    // A folder already walked: reached again through a link (or a loop of links).
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      result.notes.push({ path: folder, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, error: true });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        continue; // A dangling link inside a folder is not a draft.
      }
      if (stats.isDirectory()) {
        if (!ignores.ignores(path)) enter(path);
      } else addFile(path, stats, false);
    }
  };

  for (const given of paths) {
    const path = resolve(cwd, given);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.notes.push({ path, message: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? (error as Error).message})`, error: true });
      continue;
    }
    if (stats.isDirectory()) enter(path);
    else addFile(path, stats, true);
  }
  return result;
}

/** The `.outreachignore` files above each path, read once per folder. */
class IgnoreFiles {
  private readonly byFolder = new Map<string, { folder: string; rules: Ignore }[]>();

  ignores(path: string): boolean {
    return this.above(dirname(path)).some(({ folder, rules }) => {
      const relativePath = relative(folder, path);
      return relativePath !== '' && !relativePath.startsWith('..') && rules.ignores(relativePath.split('\\').join('/'));
    });
  }

  private above(folder: string): { folder: string; rules: Ignore }[] {
    let list = this.byFolder.get(folder);
    if (list) return list;
    const parent = dirname(folder);
    list = [...(parent === folder ? [] : this.above(parent))];
    try {
      const path = join(folder, IGNORE_FILE);
      if (statSync(path).isFile()) list.push({ folder, rules: ignore().add(readFileSync(path, 'utf8')) });
    } catch {
      // No ignore file here.
    }
    this.byFolder.set(folder, list);
    return list;
  }
}
