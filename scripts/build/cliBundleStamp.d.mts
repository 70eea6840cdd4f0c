// Types for scripts/build/cliBundleStamp.mjs (the CLI bundle's input stamp), imported by tests and the bench.
export const CLI_STAMP_FILE: string;
export interface CliInputsStamp {
  version: 1;
  files: { path: string; mtimeMs: number; size: number; sha256: string }[];
}
export function cliInputsStamp(root: string, inputs: Iterable<string>): CliInputsStamp;
export function changedCliInputs(root: string, stamp: CliInputsStamp): string[];
