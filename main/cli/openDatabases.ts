// N connections for one --db (lantu check --engine postgis --connections N): the connection string is resolved once
// (one password prompt at most), then each client connects; any failure is printed in the chosen language, the
// clients already open are closed, and null tells the caller to exit 2.
import type pg from 'pg';
import { openPgClient } from '../node/db/openPgClient.ts';
import { PgConnectionError } from '../node/db/PgConnectionError.ts';
import { resolvePgConnection } from '../node/db/resolvePgConnection.ts';
import type { CliContext } from './context.ts';
import { terminalPrompt } from './promptPassword.ts';
import type { Bilingual } from '../../engine/i18n/index.ts';

export async function openDatabases(text: string, count: number, ctx: CliContext): Promise<{ clients: pg.Client[]; label: string } | null> {
  const clients: pg.Client[] = [];
  try {
    const prompt = terminalPrompt();
    const resolved = await resolvePgConnection(text, {
      env: ctx.env,
      ...(prompt ? { prompt: (question: Bilingual) => prompt(ctx.t(question)) } : {}),
      warn: (m) => ctx.err(`lantu: ${ctx.t(m)}`),
    });
    for (let i = 0; i < count; i++) clients.push(await openPgClient(resolved, { requirePostgis: true }));
    return { clients, label: resolved.label };
  } catch (error) {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    if (!(error instanceof PgConnectionError)) throw error;
    ctx.err(`✗ ${ctx.t(error)}`);
    return null;
  }
}
