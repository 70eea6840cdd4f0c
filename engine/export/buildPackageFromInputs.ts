// Pure (GEOS and SQLite through ports). buildPackageFromInputs(inputs, ports, onPhase, options) → the blueprint
// package built from input files: prepareExport (validation, resolutions, rules, merge, indicators), then
// engine/package's buildPackage (whose preflight refuses a final package while blockers or 待定 areas remain;
// `keepFiles: false` returns the zip without the uncompressed files). The one pipeline behind `lantu export`,
// `lantu verify`'s rebuild and the editor's export worker, so a package from any of them rebuilds byte for byte.
import { buildPackage } from '../package/index.ts';
import { prepareExport } from './prepareExport.ts';
import type { ExportInputs, ExportOutcome, ExportPhase, ExportPorts } from './types.ts';

export async function buildPackageFromInputs(
  inputs: ExportInputs,
  ports: ExportPorts,
  onPhase: (phase: ExportPhase) => void = () => undefined,
  options: { keepFiles?: boolean } = {},
): Promise<ExportOutcome> {
  const prepared = await prepareExport(inputs, ports, onPhase);
  return prepared.ok ? { ok: true, result: buildPackage(prepared.input, options) } : prepared;
}
