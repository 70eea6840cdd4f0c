// The `lantu` CLI entry (README "CLI contract"). No Electron import. main(argv) parses the global options
// (--lang zh|en, --json <path|->, --help), dispatches to COMMANDS[name] and returns the exit code.
import { dirname, resolve } from 'node:path';
import { appJournalDir } from '../node/appJournalDir.ts';
import { atomicWriteFile } from '../node/atomicWriteFile.ts';
import { cleanStaleTempFiles } from '../node/cleanStaleTempFiles.ts';
import { jsonFileChunks } from '../node/jsonFileChunks.ts';
import type { CliCommand } from './command.ts';
import { COMMANDS, type CommandEntry } from './commands/index.ts';
import type { CliContext, Lang } from './context.ts';
import { describeIoError } from './describeIoError.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';
import { parseArgs, UsageError, type OptionSpecs } from './parseArgs.ts';
import { printableLine } from './printableLine.ts';
import { say } from '../i18n/index.ts';

export const GLOBAL_OPTIONS: OptionSpecs = {
  lang: {
    type: 'string',
    value: 'zh|en',
    choices: ['zh', 'en'],
    help: say('cli.index.lang_help'),
  },
  json: {
    type: 'string',
    value: '<path|->',
    help: say('cli.index.json_help'),
  },
  help: { type: 'boolean', help: say('cli.index.help_help') },
};

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The write journal's folder; default: the app's (`<userData>/pending-writes`). */
  journalDir?: string;
  /** Environment (LANTU_HOME, LANTU_PASSPHRASE); default: process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: a long command then tells its steps there (CliContext.step). */
  terminal?: boolean;
}

/** Options naming a file the command writes; their folders are swept for writes a killed run left behind. */
const OUTPUT_OPTIONS = ['json', 'output', 'geojson', 'report', 'csv'] as const;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  terminal: process.stderr.isTTY === true,
};

/** Picks --lang out of argv before full parsing so even usage errors speak the right language. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh';
}

export async function main(argv: string[], io: CliIo = processIo): Promise<ExitCode> {
  const started = performance.now();
  const lang = langOf(argv);
  const t = (text: Record<Lang, string>) => text[lang];
  const name = argv.find((a) => !a.startsWith('-') && !isOptionValue(argv, a));
  const entry: CommandEntry | undefined =
    name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (name !== undefined && !entry) {
      throw new UsageError(
        say('cli.index.main', { Object: { zh: Object.keys(COMMANDS).join('、'), en: Object.keys(COMMANDS).join(', ') }, name }),
      );
    }
    const command: CliCommand | undefined = await entry?.load();
    const rest = name === undefined ? argv : argv.filter((a, i) => i !== argv.indexOf(name));
    const args = parseArgs(rest, { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) });
    if (!command || args.options.help) {
      io.stdout(`${helpText(lang, name, entry, command)}\n`);
      return command || args.options.help ? EXIT.ok : EXIT.usage;
    }
    const json = typeof args.options.json === 'string' ? args.options.json : undefined;
    const jsonOnStdout = json === '-';
    const journalDir = io.journalDir ?? appJournalDir();
    const outputDirs = OUTPUT_OPTIONS.map((key) => args.options[key])
      .filter((v): v is string => typeof v === 'string' && v !== '-')
      .map((v) => dirname(resolve(io.cwd, v)));
    // Same journal as the app: what a killed write (app or CLI) left is removed before this run writes.
    for (const path of await cleanStaleTempFiles({ journalDir, scanDirs: outputDirs })) {
      io.stderr(`${printableLine(t(say('cli.index.main-2', { path })))}\n`);
    }
    const writeOutputFile = async (path: string, data: Uint8Array | string): Promise<void> => {
      await atomicWriteFile(resolve(io.cwd, path), typeof data === 'string' ? new TextEncoder().encode(data) : data, { journalDir });
    };
    const ctx: CliContext = {
      lang,
      json,
      cwd: io.cwd,
      // Lines carry names from plans, packages and the command line (a 项目名称 in a draft reason, a file name in a
      // step): their control characters are shown as \xNN, never obeyed by the terminal. --json keeps the values.
      out: (line) => (jsonOnStdout ? io.stderr : io.stdout)(`${printableLine(line)}\n`),
      err: (line) => io.stderr(`${printableLine(line)}\n`),
      step: (text) => {
        if (!io.terminal) return;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        io.stderr(`${printableLine(t(say('cli.index.step', { seconds, step: text })))}\n`);
      },
      t,
      journalDir,
      env: io.env ?? process.env,
      writeOutputFile,
      async writeJson(value) {
        if (json === undefined) return;
        if (jsonOnStdout) io.stdout(`${JSON.stringify(value, null, 2)}\n`);
        // To a file in chunks, the same bytes: the 300k-parcel report's text (≈ 200 MB, held twice as string and
        // bytes) came on top of the rules' state and set `lantu check`'s peak (README, 2026-12-05).
        else await atomicWriteFile(resolve(io.cwd, json), jsonFileChunks(value, 2), { journalDir });
      },
    };
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lantu: ${printableLine(t(error.text))}\n${t(say('cli.index.main-3'))}\n`);
      return EXIT.usage;
    }
    const ioCode = (error as { code?: unknown } | null)?.code;
    if (typeof ioCode === 'string' && ioCode.startsWith('E')) {
      io.stderr(`lantu: ${printableLine(t(describeIoError(error, (error as { path?: string }).path ?? '')))}\n`);
      return EXIT.usage;
    }
    // An unexpected failure is a bug, but it still gets one line and exit 2, never a stack trace.
    // Imported here: it reads the import engine's limits, which `--help` need not load (the commands that can hit
    // them have loaded it already; should even that import fail, the failure is still told as unclassified).
    const why = await import('./describeInternalError.ts').then(
      (m) => m.describeInternalError(error),
      () => ({ zh: say('cli.describeInternalError.unclassified').zh, en: error instanceof Error ? error.message : String(error) }),
    );
    io.stderr(`lantu: ${printableLine(t(say('cli.index.main-4', { why })))}\n`);
    return EXIT.usage;
  }
}

/** True when `arg` is the value of a preceding global option that takes one (e.g. `--json out.json`). */
function isOptionValue(argv: readonly string[], arg: string): boolean {
  const i = argv.indexOf(arg);
  return i > 0 && (argv[i - 1] === '--lang' || argv[i - 1] === '--json');
}

/** Where an option's help starts; an option wider than that gets its help on the next line, never run together. */
const HELP_COLUMN = 30;

function optionLines(specs: OptionSpecs, lang: Lang): string[] {
  return Object.entries(specs).map(([name, spec]) => {
    const option = `  --${name}${spec.value ? ` ${spec.value}` : ''}`;
    const help = spec.help[lang];
    return option.length < HELP_COLUMN ? option.padEnd(HELP_COLUMN) + help : `${option}\n${' '.repeat(HELP_COLUMN)}${help}`;
  });
}

function helpText(lang: Lang, name: string | undefined, entry: CommandEntry | undefined, command: CliCommand | undefined): string {
  if (entry && command && name) {
    return [
      `lantu ${name} ${command.usage}`,
      `  ${entry.summary[lang]}`,
      '',
      ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }, lang),
    ].join('\n');
  }
  const commands = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(12)}${c.summary[lang]}`);
  const exits = say('cli.index.exitCodes')[lang];
  return [say('cli.index.usage')[lang], '', ...commands, '', ...optionLines(GLOBAL_OPTIONS, lang), '', exits].join('\n');
}
