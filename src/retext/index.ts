/**
 * The rules as a retext plugin: `unified().use(retextEnglish).use(retextOutreach, config)`
 * adds lint()'s findings to the file as vfile messages, beside other retext plugins
 * (or under remark with remark-retext). A thin adapter over the core's public index:
 * no Node built-ins, so it also runs in a browser.
 */
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { addMessage, expandSnippet, lint, type ConfigProblem, type Diagnostic, type DraftFormat, type OutreachConfig } from '../core/index.js';

/** The repository's address (package.json `repository`), set at build time: rule pages are linked there, since a pipeline has no package folder to resolve `docs/rules/…` against. */
declare const REPOSITORY_URL: string;

/** The config object `lint()` takes as `config` (and `.outreachrc.json` holds): `kind` and `rules`. */
export type Options = OutreachConfig;

/** Named after the package, as retext plugins name theirs. */
const SOURCE = 'outreach-linter';

const ruleUrl = (ruleId: string): string => `${REPOSITORY_URL}/blob/HEAD/docs/rules/${ruleId}.md`;

/**
 * Checks an outreach draft with Outreach Linter's rules. Options are validated as
 * `lint()` validates a config: a problem becomes a message (`outreach-config`, or
 * `outreach-front-matter` for the draft's own front matter) and the rest still applies.
 */
export default function retextOutreach(options?: Readonly<Options> | null) {
  const config: unknown = options ?? undefined;
  return (tree: Root, file: VFile): undefined => {
    // The engine is given the file's text, not this tree: it reads the draft's shape
    // (front matter, header, greeting, quotes, signature) from the raw text, parses it
    // block by block into its own cache, and places findings by offsets into the text.
    // Those offsets are the file's, whichever parser made the tree.
    const text = String(file);
    const result = lint(text, { config, format: formatOf(tree, file, text), budgetMs: Infinity });
    for (const problem of result.problems) reportProblem(file, problem);
    for (const diagnostic of result.diagnostics) reportFinding(file, diagnostic);
  };
}

/**
 * Markdown when the tree is not the file's text (remark-retext made it from markdown,
 * dropping its syntax), or the file is named as markdown (as the CLI reads it);
 * retext-english's tree holds every character of the text it parsed.
 */
function formatOf(tree: Root, file: VFile, text: string): DraftFormat {
  if (file.extname && /^\.(md|markdown|mdown|mkd)$/i.test(file.extname)) return 'markdown';
  return toString(tree) === text ? 'plaintext' : 'markdown';
}

function reportFinding(file: VFile, diagnostic: Diagnostic): void {
  addMessage(file, diagnostic, { source: SOURCE, expected: expectedOf(diagnostic), url: ruleUrl(diagnostic.ruleId) });
}

/**
 * What should stand in place of the finding's words: the rule's replacements, then each
 * fix that rewrites exactly those words (or, for a missing line, inserts it there), with
 * its placeholders filled by their defaults. A fix that rewrites the wider clause is left
 * out: tools apply `expected` to the message's place, and would cut the clause in two.
 */
function expectedOf(diagnostic: Diagnostic): string[] | undefined {
  const expected = new Set(diagnostic.expected);
  for (const fix of diagnostic.fixes) {
    const [edit, ...others] = fix.edits;
    if (edit && others.length === 0 && edit.start === diagnostic.start && edit.end === diagnostic.end) expected.add(expandSnippet(edit.newText));
  }
  return expected.size > 0 ? [...expected] : undefined;
}

/** Config problems are errors, as the CLI treats them, but never thrown: the valid part of the config is used. */
function reportProblem(file: VFile, problem: ConfigProblem): void {
  const fromFrontMatter = problem.origin === 'front-matter';
  const message = file.message(problem.message, {
    ruleId: fromFrontMatter ? 'outreach-front-matter' : 'outreach-config',
    source: SOURCE,
  });
  message.fatal = true;
  message.url = `${REPOSITORY_URL}#${fromFrontMatter ? 'the-front-matter' : 'configuration'}`;
}
