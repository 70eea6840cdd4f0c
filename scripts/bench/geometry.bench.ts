// Geometry-core benchmark (prints figures, asserts nothing). Generates a synthetic Jiyuan-like city with
// --parcels N land parcels (default 300,000) in a temporary directory, then measures:
//  1. streaming build of the GeometryStore from the land plan's raw bytes (time, peak RSS);
//  2. flatbush index and candidate pairs for parcels × ecological red lines and parcels × industrial projects;
//  3. pair-intersection throughput through the GEOS port (ellipsoidal area of each intersection),
//     with and without the prepared-geometry containment shortcut (covers ⇒ the parcel is the overlap).
// Usage: npm run bench -- geometry [--parcels 300000]
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';
import { ellipsoidalAreaM2 } from '../../engine/geometry/index.ts';
import { storeAreaM2, writeStoreWkb, type GeometryStore } from '../../engine/geometry/index.ts';
import type { GeomHandle, GeometryPort } from '../../engine/geometry/index.ts';
import { forEachCandidatePair, indexStore } from '../../engine/geometry/index.ts';
import { streamGeometryStore } from '../../engine/geometry/index.ts';
import { WkbWriter } from '../../engine/geometry/index.ts';
import { generateSyntheticCity } from './lib/syntheticCity.ts';

const argIndex = process.argv.indexOf('--parcels');
const parcels = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 300_000;

let peakRssBytes = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
}, 20);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Process CPU time in ms: on a shared machine wall time includes waiting for a core, so both are printed. */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Streams a plan file into a store, keeping only each feature's layer code. */
async function loadStore(path: string): Promise<{ store: GeometryStore; layers: string[] }> {
  const layers: string[] = [];
  const stream = streamGeometryStore(({ feature }) => layers.push(String(feature.layer)));
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) stream.push(chunk as Uint8Array);
  return { store: stream.end(), layers };
}

/** Holds every feature of `store` whose layer is `layer` (prepared), indexed by feature index. */
function holdLayer(port: GeometryPort, store: GeometryStore, layers: string[], layer: string, prepared: boolean) {
  const writer = new WkbWriter();
  const handles = new Map<number, GeomHandle>();
  for (let i = 0; i < store.count; i++) {
    if (layers[i] !== layer) continue;
    writer.reset();
    if (writeStoreWkb(writer, store, i)) handles.set(i, port.hold(writer.written(), { prepared }));
  }
  return handles;
}

/**
 * Overlay of every candidate pair (subject parcel i, object j): intersects → (covers ⇒ parcel area) or the
 * ellipsoidal area of the intersection. Each parcel is held once while its candidates are processed.
 */
function overlayPairs(
  port: GeometryPort,
  parcels: GeometryStore,
  objects: GeometryStore,
  objectHandles: Map<number, GeomHandle>,
  shortcut: boolean,
) {
  const objectIndex = indexStore(objects);
  const writer = new WkbWriter();
  let candidates = 0;
  let overlapping = 0;
  let covered = 0;
  let totalAreaM2 = 0;
  let currentParcel = -1;
  let parcelHandle: GeomHandle | null = null;
  const start = performance.now();
  const startCpu = cpuMs();
  forEachCandidatePair(parcels, objectIndex, (i, j) => {
    const object = objectHandles.get(j);
    if (object === undefined) return;
    candidates++;
    if (i !== currentParcel) {
      if (parcelHandle !== null) port.release(parcelHandle);
      writer.reset();
      writeStoreWkb(writer, parcels, i);
      parcelHandle = port.hold(writer.written());
      currentParcel = i;
    }
    const parcel = parcelHandle!;
    if (!port.intersects(object, parcel)) return;
    if (shortcut && port.covers(object, parcel)) {
      covered++;
      overlapping++;
      totalAreaM2 += storeAreaM2(parcels, i);
      return;
    }
    const areaM2 = ellipsoidalAreaM2(port.intersection(parcel, object));
    if (areaM2 > 0) overlapping++;
    totalAreaM2 += areaM2;
  });
  if (parcelHandle !== null) port.release(parcelHandle);
  const ms = performance.now() - start;
  return { candidates, overlapping, covered, totalAreaM2, ms, cpuMs: cpuMs() - startCpu };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-geometry-bench-'));
  try {
    let t = performance.now();
    const city = generateSyntheticCity({ parcels, dir });
    console.log(`synthetic city: ${parcels} parcels, ${mb(city.bytes)} on disk, generated in ${seconds(performance.now() - t)}`);
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    peakRssBytes = rssBefore;

    t = performance.now();
    const c = cpuMs();
    const land = await loadStore(city.files.land);
    const landMs = performance.now() - t;
    const landCpuMs = cpuMs() - c;
    const landBytes = statSync(city.files.land).size;
    const storeBytes =
      land.store.coords.byteLength + land.store.bboxes.byteLength + land.store.ringVertices.byteLength +
      land.store.partRings.byteLength + land.store.featureParts.byteLength + land.store.types.byteLength;
    console.log(
      `streaming build (land plan, ${mb(landBytes)}, ${land.store.count} features): ${seconds(landMs)} ` +
        `(CPU ${seconds(landCpuMs)}), ` +
        `store ${mb(storeBytes)}, RSS before ${mb(rssBefore)}, peak RSS ${mb(peakRssBytes)}`,
    );
    const ecology = await loadStore(city.files.ecology);
    const industry = await loadStore(city.files.industry);
    console.log(`other plans streamed: ecology ${ecology.store.count} features, industry ${industry.store.count} features`);

    t = performance.now();
    const index = indexStore(land.store);
    console.log(`flatbush index of ${land.store.count} land features: ${seconds(performance.now() - t)} (${mb(index.data.byteLength)})`);

    // Subjects: the parcels only (other land layers get no geometry in this view).
    const parcelOnly = { ...land.store, types: land.store.types.map((type, i) => (land.layers[i] === 'GHYDYH' ? type : 0)) };
    const parcelBoxes = land.store.bboxes.slice();
    for (let i = 0; i < land.store.count; i++) {
      if (land.layers[i] !== 'GHYDYH') parcelBoxes.fill(Infinity, 4 * i, 4 * i + 2).fill(-Infinity, 4 * i + 2, 4 * i + 4);
    }
    const parcelStore: GeometryStore = { ...parcelOnly, bboxes: parcelBoxes };

    const port = await createGeometryPort();
    for (const [label, objects, layer] of [
      ['parcels × red lines (STBHHX)', ecology, 'STBHHX'],
      ['parcels × industrial projects (GYXM)', industry, 'GYXM'],
    ] as const) {
      for (const shortcut of [false, true]) {
        t = performance.now();
        const handles = holdLayer(port, objects.store, objects.layers, layer, true);
        const holdMs = performance.now() - t;
        const r = overlayPairs(port, parcelStore, objects.store, handles, shortcut);
        for (const h of handles.values()) port.release(h);
        console.log(
          `${label}, ${shortcut ? 'with' : 'without'} the prepared covers shortcut: ${r.candidates} candidate pairs, ` +
            `${r.overlapping} overlapping (${r.covered} covered), ${(r.totalAreaM2 / 1e4).toFixed(4)} ha, ` +
            `${seconds(r.ms)} (CPU ${seconds(r.cpuMs)}) → ${Math.round(r.candidates / (r.ms / 1000))} pairs/s ` +
            `(${Math.round(r.candidates / (r.cpuMs / 1000))} per CPU second; holding ${handles.size} objects: ${seconds(holdMs)})`,
        );
      }
    }
    console.log(`held after the run: ${port.heldCount()}; peak RSS overall ${mb(peakRssBytes)}`);
    port.dispose();
  } finally {
    clearInterval(sampler);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
