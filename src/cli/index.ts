import { statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { findConfigSync, lintFile, MESSAGE_KINDS, type FoundConfig, type LintResult, type MessageKind } from '../core/index.js';
import { AGENDA_OPTIONS, AGENDA_USAGE, printAgenda } from './agenda.js';
import { decodeDraft, readConfigText, readDraft, type DraftText } from './read.js';
import { walk } from './walk.js';

const USAGE = `Usage: outreach-lint [options] [files or folders…]

Lints outreach drafts (.md, .markdown, .txt, .eml). With no files, reads stdin.

Options:
  --format <text|json>   report format (default: text)
  --kind <kind>          treat every draft as this kind: ${MESSAGE_KINDS.join(', ')}
  --budget <ms>          stop checking a draft after this many milliseconds and say so
                         (default: check every draft completely)
  --quiet                report only files with findings
  --no-color             plain report
  -h, --help             show this help
  -v, --version          show the version

${AGENDA_USAGE}

Exit codes: 0 no errors, 1 error-level findings, 2 usage or config problems, or a file
that could not be read.
Config: the nearest .outreachrc.json, .outreachrc.yaml, .outreachrc.yml, .outreachrc or
package.json "outreach" key, upward from each draft; read as data, never run.
Ignore files with .outreachignore.`;

const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function main(argv: string[], io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, cwd = process.cwd()): Promise<number> {
  quietOnClosedPipe(io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        kind: { type: 'string' },
        budget: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        ...AGENDA_OPTIONS,
      },
    });
  } catch (error) {
    io.stderr.write(`outreach-lint: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_TROUBLE;
  }
  const { values, positionals } = args;
  if (values.help) return (io.stdout.write(`${USAGE}\n`), 0);
  if (values.version) return (io.stdout.write(`${VERSION}\n`), 0);
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr.write(`outreach-lint: --format must be "text" or "json", not "${values.format}"\n`);
    return EXIT_TROUBLE;
  }
  if (values.kind !== undefined && !MESSAGE_KINDS.includes(values.kind as MessageKind)) {
    io.stderr.write(`outreach-lint: --kind must be one of ${MESSAGE_KINDS.join(', ')}, not "${values.kind}"\n`);
    return EXIT_TROUBLE;
  }
  const budgetMs = values.budget === undefined ? Infinity : Number(values.budget);
  if (!(budgetMs > 0)) {
    io.stderr.write(`outreach-lint: --budget must be a number of milliseconds above 0, not "${values.budget}"\n`);
    return EXIT_TROUBLE;
  }

  const run = new Run(cwd, io.stderr, { kind: values.kind as MessageKind | undefined, budgetMs });
  const files: VFile[] = [];
  // The agenda reads the current folder when given none; linting reads stdin.
  const targets = values.agenda && positionals.length === 0 ? ['.'] : positionals;
  if (targets.length === 0) {
    const draft = run.lint(undefined, await readStream(io.stdin));
    if (draft) files.push(draft);
  } else {
    const found = walk(targets, cwd);
    for (const note of found.notes) run.warn(note.path, note.message, note.error);
    for (const path of found.files) {
      let text: DraftText;
      try {
        text = readDraft(path);
      } catch (error) {
        run.warn(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, true);
        continue;
      }
      const draft = run.lint(path, text);
      if (draft) files.push(draft);
    }
  }

  if (values.agenda) return printAgenda(files, values, io);

  const json = values.format === 'json';
  const color = !values['no-color'] && !json && Boolean((io.stdout as NodeJS.WriteStream).isTTY);
  const report = json ? withCompleteness(files) : reporter(files, { quiet: values.quiet, color });
  if (report) io.stdout.write(`${report}\n`);
  run.flush();
  if (run.trouble) return EXIT_TROUBLE;
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? EXIT_FINDINGS : 0;
}

/** One run over the drafts: configs found once per folder, problems said once, to stderr. */
class Run {
  /** Usage, config or read problems: the run exits 2. */
  trouble = false;
  private readonly configs = new Map<string, FoundConfig>();
  private readonly said = new Set<string>();
  private readonly lines: string[] = [];

  constructor(
    private readonly cwd: string,
    private readonly stderr: NodeJS.WritableStream,
    private readonly options: { kind?: MessageKind; budgetMs: number },
  ) {}

  /** Lints one draft (stdin when `path` is undefined) with the config that applies to it. */
  lint(path: string | undefined, text: DraftText): VFile | undefined {
    const shown = path === undefined ? '<stdin>' : this.show(path);
    if ('skipped' in text) {
      this.say(`${shown}: ${text.skipped}`);
      return undefined;
    }
    if (text.warning) this.say(`${shown}: ${text.warning}`);
    const found = this.configFor(path === undefined ? this.cwd : dirname(path));
    const file = new VFile({ path: path === undefined ? undefined : relative(this.cwd, path), cwd: this.cwd, value: text.text });
    lintFile(file, { config: found.config, kind: this.options.kind, budgetMs: this.options.budgetMs });
    const result = file.data.outreach as LintResult;
    // The file's problems were said with its name; the rest are the draft's own (front matter).
    for (const problem of result.problems) if (problem.origin === 'front-matter') this.problem(`${shown}: ${problem.message}`);
    if (!result.complete) this.say(`${shown}: checked only the start: the --budget of ${this.options.budgetMs} ms ran out`);
    return file;
  }

  warn(path: string, message: string, isError = false): void {
    if (isError) this.trouble = true;
    this.say(`${this.show(path)}: ${message}`);
  }

  /** Writes what was said, after the report. */
  flush(): void {
    for (const line of this.lines) this.stderr.write(`outreach-lint: ${line}\n`);
  }

  private configFor(folder: string): FoundConfig {
    let found = this.configs.get(folder);
    if (!found) {
      found = findConfigSync(folder, readConfigFile);
      this.configs.set(folder, found);
      for (const problem of found.problems) this.problem(`${this.show(problem.path ?? folder)}: ${problem.message}`);
    }
    return found;
  }

  private problem(line: string): void {
    this.trouble = true;
    this.say(line);
  }

  private say(line: string): void {
    if (this.said.has(line)) return;
    this.said.add(line);
    this.lines.push(line);
  }

  private show(path: string): string {
    const shown = relative(this.cwd, path);
    return shown === '' ? '.' : shown;
  }
}

/** The core's reader contract: undefined when there is no regular file, the text otherwise. */
function readConfigFile(path: string): string | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  // A FIFO, socket or device named like a config is not one (and opening a FIFO would block).
  if (!stats.isFile()) return undefined;
  return readConfigText(path);
}

/** vfile-reporter-json's report, with whether each draft was checked to the end. */
function withCompleteness(files: VFile[]): string {
  const report = JSON.parse(reporterJson(files)) as Record<string, unknown>[];
  report.forEach((entry, i) => {
    entry.complete = (files[i].data.outreach as LintResult | undefined)?.complete ?? true;
  });
  return JSON.stringify(report);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<DraftText> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return decodeDraft(Buffer.concat(chunks));
}

/** `outreach-lint … | head`: when the reader goes away, stop quietly, as Unix tools do. */
function quietOnClosedPipe(io: Io): void {
  for (const stream of [io.stdout, io.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

declare const VERSION: string;
