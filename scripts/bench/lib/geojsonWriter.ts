// Stream-writes a plan document (GeoJSON FeatureCollection with a `plan` member) feature by feature,
// in chunks of a few MB, so a 150 MB file never exists as one string in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { PlanMeta, Position } from '../../../engine/model/index.ts';

const FLUSH_CHARS = 4 << 20;

export class PlanDocumentWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;
  private count = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    plan: PlanMeta,
  ) {
    this.fd = openSync(path, 'w');
    this.push(`{"type":"FeatureCollection","plan":${JSON.stringify(plan)},"features":[\n`);
  }

  /** `geometryJson` is the already serialised geometry (see `polygonJson`, `lineJson`). */
  feature(id: string, layer: string, geometryJson: string, properties: Record<string, unknown>): void {
    const sep = this.count++ === 0 ? '' : ',\n';
    this.push(
      `${sep}{"type":"Feature","id":"${id}","layer":"${layer}","geometry":${geometryJson},"properties":${JSON.stringify(properties)}}`,
    );
  }

  close(): number {
    this.push('\n]}\n');
    this.flush();
    closeSync(this.fd);
    return this.count;
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const buffer = Buffer.from(this.chunks.join(''), 'utf8');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.chunks = [];
    this.pending = 0;
  }
}

function ringJson(ring: readonly Position[]): string {
  let out = '[';
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k]!;
    out += (k ? ',[' : '[') + p[0] + ',' + p[1] + ']';
  }
  return out + ']';
}

export function polygonJson(rings: readonly (readonly Position[])[]): string {
  return `{"type":"Polygon","coordinates":[${rings.map(ringJson).join(',')}]}`;
}

export function lineJson(line: readonly Position[]): string {
  return `{"type":"LineString","coordinates":${ringJson(line)}}`;
}

export function pointJson(p: Position): string {
  return `{"type":"Point","coordinates":[${p[0]},${p[1]}]}`;
}
