import { parseArgs } from 'node:util';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { MESSAGE_KINDS, resolveConfig, RULES, type MessageKind } from '../core/index.js';
import { AGENDA_OPTIONS, AGENDA_USAGE, printAgenda } from './agenda.js';
import { outreachLint } from './plugin.js';

const USAGE = `Usage: outreach-lint [options] [files or folders…]

Lints outreach drafts (.md, .markdown, .txt, .eml). With no files, reads stdin.

Options:
  --format <text|json>   report format (default: text)
  --kind <kind>          treat every draft as this kind: ${MESSAGE_KINDS.join(', ')}
  --quiet                report only files with findings
  --no-color             plain report
  -h, --help             show this help
  -v, --version          show the version

${AGENDA_USAGE}

Exit codes: 0 no errors, 1 error-level findings, 2 usage or config problems.
Config: .outreachrc.json, .outreachrc.yaml or an "outreach" key in package.json,
found upward from each draft. Ignore files with .outreachignore.`;

const EXIT_USAGE = 2;

export async function main(argv: string[], io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        kind: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        ...AGENDA_OPTIONS,
      },
    });
  } catch (error) {
    io.stderr.write(`outreach-lint: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = args;
  if (values.help) return (io.stdout.write(`${USAGE}\n`), 0);
  if (values.version) return (io.stdout.write(`${VERSION}\n`), 0);
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr.write(`outreach-lint: --format must be "text" or "json", not "${values.format}"\n`);
    return EXIT_USAGE;
  }
  if (values.kind !== undefined && !MESSAGE_KINDS.includes(values.kind as MessageKind)) {
    io.stderr.write(`outreach-lint: --kind must be one of ${MESSAGE_KINDS.join(', ')}, not "${values.kind}"\n`);
    return EXIT_USAGE;
  }

  const configProblems = new Set<string>();
  const seenProblems = new Set<string>();
  const run: EngineRun = { kind: values.kind as MessageKind | undefined, io, configProblems, seenProblems, detectConfig: true };
  // The agenda reads the current folder when given none; linting reads stdin.
  let files = await runEngine(values.agenda && positionals.length === 0 ? ['.'] : positionals, run);

  // A config file that cannot be parsed stops unified-engine for that draft; say so once,
  // naming the file, and lint the draft again with the defaults so nothing is lost.
  const unreadable = files.filter((file) => configFailure(file) !== undefined);
  if (unreadable.length > 0) {
    for (const file of unreadable) configProblems.add(configFailure(file)!);
    const again = await runEngine(unreadable.map((file) => file.path), { ...run, detectConfig: false });
    files = files.map((file) => again.find((retry) => retry.path === file.path) ?? file);
  }

  if (values.agenda) return printAgenda(files, values, io);

  const json = values.format === 'json';
  const color = !values['no-color'] && !json && Boolean((io.stdout as NodeJS.WriteStream).isTTY);
  const report = json ? reporterJson(files) : reporter(files, { quiet: values.quiet, color });
  if (report) io.stdout.write(`${report}\n`);

  for (const file of files) {
    // Front matter problems belong to the draft; config file problems were named already.
    for (const problem of (file.data.outreach as { configProblems?: string[] } | undefined)?.configProblems ?? []) {
      if (!seenProblems.has(problem)) configProblems.add(`${file.path}: ${problem}`);
    }
  }
  for (const problem of configProblems) io.stderr.write(`outreach-lint: ${problem}\n`);
  if (configProblems.size > 0) return EXIT_USAGE;
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0;
}

interface EngineRun {
  kind?: MessageKind;
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
  configProblems: Set<string>;
  seenProblems: Set<string>;
  detectConfig: boolean;
}

/** Runs unified-engine for discovery, ignore files and config; reporting is done by the caller. */
function runEngine(paths: string[], run: EngineRun): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified(),
        files: paths,
        extensions: ['md', 'markdown', 'txt', 'eml'],
        streamIn: run.io.stdin,
        streamError: run.io.stderr,
        out: false,
        output: false,
        detectConfig: run.detectConfig,
        rcName: run.detectConfig ? '.outreachrc' : undefined,
        packageField: run.detectConfig ? 'outreach' : undefined,
        ignoreName: '.outreachignore',
        plugins: [[outreachLint, { kind: run.kind }]],
        configTransform(raw: unknown, filePath?: string) {
          // unified-engine has read and parsed the file; check it against the rules here,
          // once per config file, and name that file in each problem.
          for (const problem of resolveConfig(raw, RULES).problems) {
            run.seenProblems.add(problem);
            run.configProblems.add(`${filePath}: ${problem}`);
          }
          return { plugins: [[outreachLint, { config: raw }]] };
        },
        reporter: () => '',
      },
      (error, _code, context) => {
        if (error) reject(error);
        else resolve(context?.files ?? []);
      },
    );
  });
}

/** The one-line problem when the file failed because its config file could not be parsed. */
function configFailure(file: VFile): string | undefined {
  for (const message of file.messages) {
    const cause = message.cause as Error | undefined;
    const parse = cause && /Cannot parse file `([^`]+)`/.exec(cause.message);
    if (!parse) continue;
    const reason = ((cause!.cause as Error | undefined)?.message ?? '').split('\n')[0].replace(/ while parsing .*/, '');
    return `${parse[1]}: cannot read the config (${reason || 'invalid syntax'}); using the defaults`;
  }
  return undefined;
}

declare const VERSION: string;
