// `lantu check --source-layer <kind>[:<plan-id>]=<schema.table>[,<schema.table>…]` (repeatable, one plan each) into
// readPlanTables' specs, or a UsageError naming the value. The flag is `lantu import --db`'s `--source-layer` (a table
// read as a layer), with the plan kind `import` takes from --kind in front, since check reads several plans at once.
import type { PlanKind } from '../../engine/model/index.ts';
import { PLAN_KINDS } from '../../engine/model/index.ts';
import type { PlanTables } from '../node/db/readPlanTables.ts';
import { UsageError } from './parseArgs.ts';
import { say } from '../i18n/index.ts';

export function parsePlanTables(values: readonly string[]): PlanTables[] {
  return values.map((value) => {
    const eq = value.indexOf('=');
    const head = eq < 0 ? '' : value.slice(0, eq);
    const colon = head.indexOf(':');
    const kind = colon < 0 ? head : head.slice(0, colon);
    const planId = colon < 0 ? undefined : head.slice(colon + 1);
    const tables = eq < 0 ? [] : value.slice(eq + 1).split(',');
    if (!(PLAN_KINDS as readonly string[]).includes(kind) || planId === '' || tables.length === 0 || tables.some((t) => t.trim() === ''))
      throw new UsageError(say('commands.check.source-layer-form', { kinds: PLAN_KINDS.join(' / '), value }));
    return { kind: kind as PlanKind, ...(planId !== undefined ? { planId } : {}), tables };
  });
}
