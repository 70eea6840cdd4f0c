// `lantu check --source-layer`: reads each plan's tables over the run's first connection (readPlanTables: the import
// pipeline, as `lantu import --db`), prints what was read and any import issue in the chosen language (naming the
// table and the field), and returns the plans as check's file entries with their tables, or the exit code.
import type pg from 'pg';
import { DEFAULT_GPKG_MAX_ROWS } from '../../engine/import/index.ts';
import { describePgError } from '../node/db/describePgError.ts';
import { readPlanTables, type PlanTables, type SourceTable } from '../node/db/readPlanTables.ts';
import type { CliContext } from './context.ts';
import { EXIT } from './exitCodes.ts';
import { say } from '../i18n/index.ts';

export interface TablePlanEntry {
  file: string;
  bytes: Uint8Array;
  decoded: undefined;
  sizeBytes: number;
  sources: SourceTable[] | null;
}

export async function readTablePlans(
  opened: { clients: readonly pg.Client[]; label: string },
  specs: readonly PlanTables[],
  ctx: CliContext,
): Promise<TablePlanEntry[] | typeof EXIT.invalid | typeof EXIT.usage> {
  const entries: TablePlanEntry[] = [];
  for (const spec of specs) {
    let read: Awaited<ReturnType<typeof readPlanTables>>;
    try {
      read = await readPlanTables(opened.clients[0]!, spec, DEFAULT_GPKG_MAX_ROWS);
    } catch (error) {
      // A missing table, one without a geometry column, too many rows, or the server's own error: named, exit 2.
      ctx.err(`✗ ${ctx.t(describePgError(error, opened.label))}`);
      return EXIT.usage;
    }
    for (const issue of read.issues.filter((i) => i.severity !== 'info')) {
      const file = issue.file ?? read.label;
      // Import's wording suggests --mapping, which check has not: the column the table needs is named instead.
      const text =
        issue.code === 'mapping-missing-required' && issue.field !== undefined
          ? ctx.t(say('commands.check.table-missing-column', { file, field: issue.field, column: issue.field.toLowerCase() }))
          : ctx.lang === 'zh'
            ? issue.messageZh
            : issue.messageEn;
      ctx.err(`${issue.severity === 'fatal' ? '✗' : '!'} ${file}: ${text}`);
    }
    if (!read.document) {
      ctx.err(ctx.t(say('commands.check.tables-not-imported', { label: read.label })));
      return EXIT.invalid;
    }
    ctx.out(
      ctx.t(
        say('commands.check.tables-read', {
          label: read.label,
          source: opened.label,
          count: read.document.features.length,
          planId: read.document.plan.id,
        }),
      ),
    );
    // Through the same validation as a plan file (quality findings become quality conflicts).
    const bytes = new TextEncoder().encode(JSON.stringify(read.document));
    entries.push({ file: read.label, bytes, decoded: undefined, sizeBytes: bytes.length, sources: read.sources });
  }
  return entries;
}
