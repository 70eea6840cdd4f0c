// What a command receives besides its arguments: language, output streams and the --json target.
// Commands print through the context only, so tests and --json - (JSON on stdout) behave the same way.
export type Lang = 'zh' | 'en';

export interface CliContext {
  lang: Lang;
  /** `--json` target: a file path, '-' for stdout, or undefined. */
  json: string | undefined;
  cwd: string;
  /** Human-readable output (goes to stderr when --json - owns stdout). */
  out(line: string): void;
  /** Errors and diagnostics. */
  err(line: string): void;
  /**
   * A long command's next step, with the seconds since it started, on stderr when stderr is a terminal: a city's
   * export is minutes of work. Piped or captured stderr (scripts, tests) gets nothing, so its lines stay the errors.
   */
  step(text: Record<Lang, string>): void;
  /** Writes the machine-readable result to the --json target (no-op without --json), atomically. */
  writeJson(value: unknown): Promise<void>;
  /** The write journal shared with the app (see main/node/appJournalDir.ts). */
  journalDir: string;
  /**
   * Writes `path` (relative to cwd) atomically under the journal: the old file stays whole on any failure,
   * and the error's `path` is the target's, never the temporary file's.
   */
  writeOutputFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Environment variables (the station commands read LANTU_HOME and LANTU_PASSPHRASE). */
  env: Readonly<Record<string, string | undefined>>;
  /** Picks the line for the current language. */
  t(text: Record<Lang, string>): string;
}
