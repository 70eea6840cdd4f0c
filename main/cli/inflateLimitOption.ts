// The `--max-inflate <size>` option shared by the commands that read zips (import, verify, diff): parses
// "8GiB", "512MiB", "2G" or a byte count into the engine's ZipLimits, and names the option in refusals.
import type { ZipLimits } from '../../engine/zip/index.ts';
import type { OptionSpec, OptionValue } from './parseArgs.ts';
import { UsageError } from './parseArgs.ts';
import { say } from '../i18n/index.ts';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
};

export function inflateLimitOption(defaultLimit: number): OptionSpec {
  const gib = (defaultLimit / 1024 ** 3).toFixed(0);
  return {
    type: 'string',
    value: '<size>',
    help: say('cli.inflateLimitOption.inflateLimitOption_help', { gib }),
  };
}

/** The limits with `--max-inflate` applied, and the option named in the refusal. */
export function zipLimitsFrom(value: OptionValue | undefined, defaults: ZipLimits): ZipLimits {
  const limits: ZipLimits = {
    ...defaults,
    howToChange: say('cli.inflateLimitOption.limits_howToChange'),
  };
  if (typeof value !== 'string') return limits;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UsageError(say('cli.inflateLimitOption.zipLimitsFrom', { value }));
  }
  limits.maxTotalBytes = Math.floor(Number(m[1]) * unit);
  return limits;
}
