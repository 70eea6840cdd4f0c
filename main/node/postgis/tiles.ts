// Tile-by-tile execution of a relation's SQL over several connections: a grid over the extent of the subjects'
// boxes; a pair (or a subject) belongs to the tile holding its subject box's lower-left corner, so nothing is
// counted twice, and the outer tiles reach to infinity, so nothing is missed. Idle connections take the next tile.
import type pg from 'pg';

export interface Tile {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** About this many subjects per tile: enough tiles to keep every connection busy, few enough to plan cheaply. */
const SUBJECTS_PER_TILE = 1000;
const MAX_SIDE = 48;

/** The grid over the lower-left corners of the boxes of the `subjects` features in selection `subjectSel`. */
export async function tileGrid(
  client: pg.ClientBase,
  features: string,
  subjectSel: number,
  subjects: number,
  connections: number,
): Promise<Tile[]> {
  if (subjects === 0) return [];
  const ext = await client.query<{ x0: number | null; y0: number | null; x1: number | null; y1: number | null }>(
    `SELECT min(box_xmin) AS x0, min(box_ymin) AS y0, max(box_xmin) AS x1, max(box_ymin) AS y1 FROM ${features} WHERE $1::int = ANY(sels)`,
    [subjectSel],
  );
  const e = ext.rows[0];
  const side = Math.min(MAX_SIDE, Math.max(Math.ceil(Math.sqrt(subjects / SUBJECTS_PER_TILE)), Math.ceil(Math.sqrt(connections * 2)), 1));
  if (!e || e.x0 === null || e.y0 === null || e.x1 === null || e.y1 === null)
    return [{ x0: -Infinity, x1: Infinity, y0: -Infinity, y1: Infinity }];
  const cut = (lo: number, hi: number, i: number) => (i === 0 ? -Infinity : i === side ? Infinity : lo + ((hi - lo) * i) / side);
  const tiles: Tile[] = [];
  for (let i = 0; i < side; i++)
    for (let j = 0; j < side; j++)
      tiles.push({ x0: cut(e.x0, e.x1, i), x1: cut(e.x0, e.x1, i + 1), y0: cut(e.y0, e.y1, j), y1: cut(e.y0, e.y1, j + 1) });
  return tiles;
}

/** SQL restricting the row `alias` to a tile whose bounds are the parameters $first … $first+3 (tileParams). */
export function tileSql(alias: string, first: number): string {
  return `${alias}.box_xmin >= $${first}::float8 AND ${alias}.box_xmin < $${first + 1}::float8 AND ${alias}.box_ymin >= $${first + 2}::float8 AND ${alias}.box_ymin < $${first + 3}::float8`;
}

/** The tile's bounds as query parameters (infinities as PostgreSQL's float8 literals). */
export function tileParams(t: Tile): string[] {
  const f = (x: number) => (x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : String(x));
  return [f(t.x0), f(t.x1), f(t.y0), f(t.y1)];
}

/** Runs `run` for every tile, each connection taking the next tile when idle; results in tile order. */
export async function eachTile<T>(
  clients: readonly pg.ClientBase[],
  tiles: readonly Tile[],
  run: (client: pg.ClientBase, tile: Tile) => Promise<T[]>,
): Promise<T[]> {
  const results: T[][] = new Array(tiles.length);
  let next = 0;
  let failed = false;
  await Promise.all(
    clients.map(async (client) => {
      while (!failed && next < tiles.length) {
        const i = next++;
        try {
          results[i] = await run(client, tiles[i]!);
        } catch (error) {
          failed = true; // the other connections stop after their current tile
          throw error;
        }
      }
    }),
  );
  return results.flat();
}
