// Takes argv after the command name and the command's option spec, returns the parsed options and
// positionals, or a UsageError (exit 2). No dependency: `--name value`, `--name=value`, `--flag`, `--` ends options.
import type { Lang } from './context.ts';
import { say } from '../i18n/index.ts';

export type OptionType = 'string' | 'boolean' | 'integer';

export interface OptionSpec {
  type: OptionType;
  /** Placeholder shown in help, e.g. "<n>". */
  value?: string;
  help: Record<Lang, string>;
  /** Allowed values for a string option. */
  choices?: readonly string[];
  /** May be given more than once (collects an array of strings). */
  repeat?: boolean;
  /** One-letter short form, e.g. 'o' lets `-o x` stand for `--output x`. */
  short?: string;
  /** Smallest value of an integer option: below it, or not a whole number, is the same usage error naming the bound. */
  min?: number;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
export type OptionValue = string | boolean | number | string[];

export interface ParsedArgs {
  options: Record<string, OptionValue | undefined>;
  positionals: string[];
}

export class UsageError extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
  }
}

export function parseArgs(rawArgv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const shortForms = new Map(
    Object.entries(specs)
      .filter(([, s]) => s.short)
      .map(([name, s]) => [`-${s.short}`, `--${name}`]),
  );
  const argv = rawArgv.map((a) => shortForms.get(a) ?? a);
  const options: Record<string, OptionValue | undefined> = Object.create(null);
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg === '-h') {
        options.help = true;
        continue;
      }
      if (arg.startsWith('-') && arg !== '-') {
        throw new UsageError(say('cli.parseArgs.parseArgs', { arg }));
      }
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(say('cli.parseArgs.parseArgs-2', { name }));
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(say('cli.parseArgs.parseArgs-3', { name }));
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') {
      throw new UsageError(say('cli.parseArgs.parseArgs-4', { name }));
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(say('cli.parseArgs.parseArgs-5', { name, value, choices: spec.choices.join(' / ') }));
    }
    if (spec.type === 'integer') {
      const min = spec.min;
      if (min !== undefined && (!/^[0-9]+$/.test(value) || Number(value) < min)) {
        throw new UsageError(say('cli.parseArgs.atLeast', { name, min, value }));
      }
      if (!/^[0-9]+$/.test(value)) {
        throw new UsageError(say('cli.parseArgs.parseArgs-6', { name, value }));
      }
      options[name] = Number(value);
    } else if (spec.repeat) {
      const previous = options[name];
      options[name] = Array.isArray(previous) ? [...previous, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { options, positionals };
}
