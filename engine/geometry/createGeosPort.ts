// Pure wrapper. Takes an already-initialised geos-wasm 3.1 instance (GEOS 3.13 as WebAssembly; the shells
// load it: main/node/createGeometryPort.ts, renderer/services/createGeometryPort.ts) and returns a
// GeometryPort. Geometries cross as WKB (our own codec) through one reusable heap buffer; each port has its
// own GEOS context whose error handler records the message instead of throwing through WebAssembly.
import type { Geometry } from '../model/types.ts';
import { bbox, type BBox } from './bbox.ts';
import { geodesicDistanceM } from './geodesicInverse.ts';
import { mapCoordinates } from './mapCoordinates.ts';
import { projectedCopies } from './projectedCopies.ts';
import {
  GeometryError,
  GeometryMemoryError,
  type GeomHandle,
  type GeomInput,
  type GeometryPort,
  type HoldOptions,
  type OverlayOptions,
  type ResultDimension,
  type Validity,
} from './port.ts';
import { transverseMercator, type TransverseMercator } from './transverseMercator.ts';
import { decodeWkb, geometryDimension, WkbWriter, writeMappedWkb, writeWkb, type PositionTo, type WkbKeepDimension } from './wkb.ts';

/** The raw GEOS C API exports of the geos-wasm Emscripten module this wrapper calls (all `_r` variants). */
export interface GeosModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  HEAPF64: Float64Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  addFunction(fn: (...args: number[]) => void, signature: string): number;
  removeFunction(pointer: number): void;
  UTF8ToString(pointer: number): string;
  _GEOS_init_r(): number;
  _GEOS_finish_r(ctx: number): void;
  _GEOSContext_setErrorMessageHandler_r(ctx: number, handler: number, userData: number): number;
  _GEOSContext_setNoticeMessageHandler_r(ctx: number, handler: number, userData: number): number;
  _GEOSFree_r(ctx: number, pointer: number): void;
  _GEOSGeomFromWKB_buf_r(ctx: number, wkb: number, size: number): number;
  _GEOSGeomToWKB_buf_r(ctx: number, geom: number, sizeOut: number): number;
  _GEOSGeom_destroy_r(ctx: number, geom: number): void;
  _GEOSGeom_clone_r(ctx: number, geom: number): number;
  _GEOSGeom_getDimensions_r(ctx: number, geom: number): number;
  _GEOSGeom_createCollection_r(ctx: number, type: number, geoms: number, count: number): number;
  _GEOSisEmpty_r(ctx: number, geom: number): number;
  _GEOSIntersection_r(ctx: number, a: number, b: number): number;
  _GEOSDifference_r(ctx: number, a: number, b: number): number;
  _GEOSUnaryUnion_r(ctx: number, geom: number): number;
  _GEOSBoundary_r(ctx: number, geom: number): number;
  _GEOSIntersects_r(ctx: number, a: number, b: number): number;
  _GEOSCovers_r(ctx: number, a: number, b: number): number;
  _GEOSPrepare_r(ctx: number, geom: number): number;
  _GEOSPreparedGeom_destroy_r(ctx: number, prepared: number): void;
  _GEOSPreparedIntersects_r(ctx: number, prepared: number, geom: number): number;
  _GEOSPreparedCovers_r(ctx: number, prepared: number, geom: number): number;
  _GEOSPreparedRelatePattern_r(ctx: number, prepared: number, geom: number, pattern: number): number;
  _GEOSRelatePattern_r(ctx: number, a: number, b: number, pattern: number): number;
  _GEOSBuffer_r(ctx: number, geom: number, width: number, quadrantSegments: number): number;
  _GEOSNearestPoints_r(ctx: number, a: number, b: number): number;
  _GEOSCoordSeq_getXY_r(ctx: number, seq: number, index: number, x: number, y: number): number;
  _GEOSCoordSeq_destroy_r(ctx: number, seq: number): void;
  _GEOSMakeValidParams_create_r(ctx: number): number;
  _GEOSMakeValidParams_setMethod_r(ctx: number, params: number, method: number): number;
  _GEOSMakeValidParams_setKeepCollapsed_r(ctx: number, params: number, keep: number): number;
  _GEOSMakeValidParams_destroy_r(ctx: number, params: number): void;
  _GEOSMakeValidWithParams_r(ctx: number, geom: number, params: number): number;
  _GEOSisValidDetail_r(ctx: number, geom: number, flags: number, reasonOut: number, locationOut: number): number;
  _GEOSPointOnSurface_r(ctx: number, geom: number): number;
  _GEOSGeomGetX_r(ctx: number, geom: number, out: number): number;
  _GEOSGeomGetY_r(ctx: number, geom: number, out: number): number;
}

/** What `initGeosJs()` resolves to, as far as this wrapper is concerned. */
export interface GeosWasm {
  Module: GeosModule;
}

const GEOS_GEOMETRYCOLLECTION = 7;
/** What GEOS's error handler says when an allocation failed (C++ `new` throwing in its WebAssembly build). */
const OUT_OF_MEMORY = /bad_alloc|out of memory/i;
const GEOS_MAKE_VALID_LINEWORK = 0;
const BUFFER_QUADRANT_SEGMENTS = 8;

interface Held {
  geom: number;
  prepared: number;
  dimension: 0 | 1 | 2;
  /** GEOSBoundary of the geometry, made on first use by `lineInside` (0 until then). */
  boundary: number;
}

interface Operand {
  geom: number;
  owned: boolean;
  dimension: 0 | 1 | 2;
  held: Held | null;
}

function keepDimension(keep: ResultDimension, auto: 0 | 1 | 2): WkbKeepDimension {
  switch (keep) {
    case 'polygonal':
      return 2;
    case 'lineal':
      return 1;
    case 'puntal':
      return 0;
    default:
      return auto;
  }
}

export function createGeosPort(geos: GeosWasm): GeometryPort {
  const M = geos.Module;
  let lastError: string | null = null;
  const errorHandler = M.addFunction((messagePointer: number) => {
    lastError = M.UTF8ToString(messagePointer);
  }, 'vii');
  // Notices (e.g. "Self-intersection at …" while checking validity) are reported through validity().
  const noticeHandler = M.addFunction(() => undefined, 'vii');
  const ctx = M._GEOS_init_r();
  M._GEOSContext_setErrorMessageHandler_r(ctx, errorHandler, 0);
  M._GEOSContext_setNoticeMessageHandler_r(ctx, noticeHandler, 0);

  // Scratch: 32 bytes for out-parameters (size_t, two doubles, two pointers) and a growable WKB input buffer.
  const scratch = allocate(32, 'createGeosPort');
  let inputPointer = 0;
  let inputCapacity = 0;
  const writer = new WkbWriter();
  const held = new Map<number, Held>();
  let nextHandle = 1;
  let disposed = false;
  // DE-9IM pattern "interiors intersect" as a C string, allocated on first use.
  let interiorPatternPointer = 0;
  const interiorPattern = (): number => {
    if (interiorPatternPointer === 0) {
      interiorPatternPointer = allocate(10, 'interiorsIntersect');
      M.HEAPU8.set([84, 42, 42, 42, 42, 42, 42, 42, 42, 0], interiorPatternPointer);
    }
    return interiorPatternPointer;
  };

  const copies = projectedCopies((geom) => M._GEOSGeom_destroy_r(ctx, geom));

  const makeValidParams = M._GEOSMakeValidParams_create_r(ctx);
  M._GEOSMakeValidParams_setMethod_r(ctx, makeValidParams, GEOS_MAKE_VALID_LINEWORK);
  M._GEOSMakeValidParams_setKeepCollapsed_r(ctx, makeValidParams, 0);

  function fail(operation: string): never {
    const message = lastError ?? 'GEOS returned no result';
    lastError = null;
    // GEOS reports a failed allocation as it reports a bad geometry: told apart here (GeometryMemoryError).
    if (OUT_OF_MEMORY.test(message)) throw new GeometryMemoryError(operation, message);
    throw new GeometryError(`${operation}: ${message}`, operation);
  }

  /** `bytes` of WebAssembly memory for the port's own buffers: malloc gives 0 once it is full. */
  function allocate(bytes: number, operation: string): number {
    const pointer = M._malloc(bytes);
    if (pointer === 0) throw new GeometryMemoryError(operation, 'malloc found no memory');
    return pointer;
  }

  function assertLive(): void {
    if (disposed) throw new GeometryError('the geometry port was disposed', 'dispose');
  }

  function fromWkbBytes(bytes: Uint8Array, operation: string): number {
    if (bytes.length > inputCapacity) {
      const capacity = Math.max(bytes.length, inputCapacity * 2, 1 << 16);
      if (inputPointer !== 0) M._free(inputPointer);
      inputPointer = 0;
      inputCapacity = 0;
      inputPointer = allocate(capacity, operation);
      inputCapacity = capacity;
    }
    M.HEAPU8.set(bytes, inputPointer);
    const geom = M._GEOSGeomFromWKB_buf_r(ctx, inputPointer, bytes.length);
    if (geom === 0) fail(operation);
    return geom;
  }

  function fromGeometry(geometry: Geometry, operation: string, to?: PositionTo): number {
    writer.reset();
    if (to) writeMappedWkb(writer, geometry, to);
    else writeWkb(writer, geometry);
    return fromWkbBytes(writer.written(), operation);
  }

  function operand(input: GeomInput, operation: string): Operand {
    if (typeof input === 'number') {
      const entry = held.get(input);
      if (entry === undefined) throw new GeometryError(`${operation}: unknown or released handle ${input}`, operation);
      return { geom: entry.geom, owned: false, dimension: entry.dimension, held: entry };
    }
    return { geom: fromGeometry(input, operation), owned: true, dimension: geometryDimension(input), held: null };
  }

  function releaseOperand(o: Operand): void {
    if (o.owned) M._GEOSGeom_destroy_r(ctx, o.geom);
  }

  /** Reads a GEOS result into GeoJSON and destroys it. */
  function toGeometry(geom: number, keep: WkbKeepDimension): Geometry | null {
    try {
      if (M._GEOSisEmpty_r(ctx, geom) === 1) return null;
      const bytesPointer = M._GEOSGeomToWKB_buf_r(ctx, geom, scratch);
      if (bytesPointer === 0) fail('write WKB');
      const size = M.HEAPU32[scratch >>> 2]!;
      const bytes = M.HEAPU8.slice(bytesPointer, bytesPointer + size);
      M._GEOSFree_r(ctx, bytesPointer);
      return decodeWkb(bytes, keep);
    } finally {
      M._GEOSGeom_destroy_r(ctx, geom);
    }
  }

  function binary(a: GeomInput, b: GeomInput, operation: string, body: (ga: Operand, gb: Operand) => number): number {
    assertLive();
    const ga = operand(a, operation);
    try {
      const gb = operand(b, operation);
      try {
        return body(ga, gb);
      } finally {
        releaseOperand(gb);
      }
    } finally {
      releaseOperand(ga);
    }
  }

  /**
   * A binary predicate, through the prepared form when `a` is a held geometry that was prepared (GEOS
   * answers repeated tests against one geometry much faster that way) and the plain form otherwise.
   * GEOS predicates return 1 (true), 0 (false) or 2 (exception).
   */
  function binaryPredicate(
    a: GeomInput,
    b: GeomInput,
    operation: string,
    preparedForm: (prepared: number, geom: number) => number,
    plainForm: (geomA: number, geomB: number) => number,
  ): boolean {
    const result = binary(a, b, operation, (ga, gb) =>
      ga.held !== null && ga.held.prepared !== 0 ? preparedForm(ga.held.prepared, gb.geom) : plainForm(ga.geom, gb.geom),
    );
    if (result === 2) fail(operation);
    return result === 1;
  }

  function overlay(
    a: GeomInput,
    b: GeomInput,
    operation: 'intersection' | 'difference',
    options: OverlayOptions | undefined,
  ): Geometry | null {
    let keep: WkbKeepDimension = 2;
    const result = binary(a, b, operation, (ga, gb) => {
      const auto = operation === 'intersection' ? (Math.min(ga.dimension, gb.dimension) as 0 | 1 | 2) : ga.dimension;
      keep = keepDimension(options?.keep ?? 'auto', auto);
      const geom = operation === 'intersection' ? M._GEOSIntersection_r(ctx, ga.geom, gb.geom) : M._GEOSDifference_r(ctx, ga.geom, gb.geom);
      if (geom === 0) fail(operation);
      return geom;
    });
    return toGeometry(result, keep);
  }

  /** Local transverse Mercator centred on the given boxes (a null box, of a geometry without coordinates, is skipped). */
  function localProjection(boxes: readonly (BBox | null)[]) {
    let minX = Infinity;
    let maxX = -Infinity;
    for (const box of boxes) {
      if (box === null) continue;
      minX = Math.min(minX, box[0]);
      maxX = Math.max(maxX, box[2]);
    }
    return transverseMercator(minX === Infinity ? 0 : (minX + maxX) / 2);
  }

  /** `geometry` in GEOS projected by `tm` for distanceM: a kept copy (not owned), or a new one (owned unless kept now). */
  function projectedOperand(geometry: Geometry, box: BBox | null, tm: TransverseMercator): { geom: number; owned: boolean } {
    const found = copies.find(geometry, tm.lon0Deg);
    if (found !== 0) return { geom: found, owned: false };
    const geom = fromGeometry(geometry, 'distanceM', tm.forwardTo);
    return { geom, owned: !copies.keep(geometry, box, tm.lon0Deg, geom, writer.written().byteLength) };
  }

  return {
    intersection: (a, b, options) => overlay(a, b, 'intersection', options),
    difference: (a, b, options) => overlay(a, b, 'difference', options),

    unaryUnion(geometries, options) {
      assertLive();
      if (geometries.length === 0) return null;
      const pointers = allocate(4 * geometries.length, 'unaryUnion');
      let highest: 0 | 1 | 2 = 0;
      let made = 0;
      try {
        for (const input of geometries) {
          const o = operand(input, 'unaryUnion');
          // The collection takes ownership of its members: clone held geometries.
          const geom = o.owned ? o.geom : M._GEOSGeom_clone_r(ctx, o.geom);
          if (geom === 0) fail('unaryUnion');
          M.HEAPU32[(pointers >>> 2) + made] = geom;
          made++;
          if (o.dimension > highest) highest = o.dimension;
        }
        const collection = M._GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, pointers, made);
        if (collection === 0) fail('unaryUnion');
        made = 0;
        const union = M._GEOSUnaryUnion_r(ctx, collection);
        M._GEOSGeom_destroy_r(ctx, collection);
        if (union === 0) fail('unaryUnion');
        return toGeometry(union, keepDimension(options?.keep ?? 'auto', highest));
      } finally {
        for (let i = 0; i < made; i++) M._GEOSGeom_destroy_r(ctx, M.HEAPU32[(pointers >>> 2) + i]!);
        M._free(pointers);
      }
    },

    intersects: (a, b) =>
      binaryPredicate(
        a,
        b,
        'intersects',
        (prepared, geom) => M._GEOSPreparedIntersects_r(ctx, prepared, geom),
        (geomA, geomB) => M._GEOSIntersects_r(ctx, geomA, geomB),
      ),
    covers: (a, b) =>
      binaryPredicate(
        a,
        b,
        'covers',
        (prepared, geom) => M._GEOSPreparedCovers_r(ctx, prepared, geom),
        (geomA, geomB) => M._GEOSCovers_r(ctx, geomA, geomB),
      ),
    interiorsIntersect: (a, b) =>
      binaryPredicate(
        a,
        b,
        'interiorsIntersect',
        (prepared, geom) => M._GEOSPreparedRelatePattern_r(ctx, prepared, geom, interiorPattern()),
        (geomA, geomB) => M._GEOSRelatePattern_r(ctx, geomA, geomB, interiorPattern()),
      ),

    bufferM(geometry, distanceM) {
      assertLive();
      const tm = localProjection([bbox(geometry)]);
      const projected = fromGeometry(geometry, 'bufferM', tm.forwardTo);
      const buffered = M._GEOSBuffer_r(ctx, projected, distanceM, BUFFER_QUADRANT_SEGMENTS);
      M._GEOSGeom_destroy_r(ctx, projected);
      if (buffered === 0) fail('bufferM');
      const result = toGeometry(buffered, 2);
      return result === null ? null : mapCoordinates(result, tm.inverse);
    },

    distanceM(a, b) {
      assertLive();
      const boxA = copies.boxOf(a);
      const boxB = copies.boxOf(b);
      const tm = localProjection([boxA, boxB]);
      // Each vertex is projected as it is written for GEOS (a projected copy of both was garbage the size of both); a
      // large geometry's copy is kept for the next pair on the same meridian (projectedCopies.ts).
      const ga = projectedOperand(a, boxA, tm);
      let gb: { geom: number; owned: boolean } | null = null;
      let seq = 0;
      try {
        gb = projectedOperand(b, boxB, tm);
        const touching = M._GEOSIntersects_r(ctx, ga.geom, gb.geom);
        if (touching === 2) fail('distanceM');
        if (touching === 1) return 0;
        seq = M._GEOSNearestPoints_r(ctx, ga.geom, gb.geom);
        if (seq === 0) fail('distanceM');
        const x = scratch + 8;
        const y = scratch + 16;
        M._GEOSCoordSeq_getXY_r(ctx, seq, 0, x, y);
        const [lon1, lat1] = tm.inverse(M.HEAPF64[x >>> 3]!, M.HEAPF64[y >>> 3]!);
        M._GEOSCoordSeq_getXY_r(ctx, seq, 1, x, y);
        const [lon2, lat2] = tm.inverse(M.HEAPF64[x >>> 3]!, M.HEAPF64[y >>> 3]!);
        return geodesicDistanceM(lon1, lat1, lon2, lat2);
      } finally {
        if (seq !== 0) M._GEOSCoordSeq_destroy_r(ctx, seq);
        if (gb?.owned) M._GEOSGeom_destroy_r(ctx, gb.geom);
        if (ga.owned) M._GEOSGeom_destroy_r(ctx, ga.geom);
      }
    },

    lineInside(line, polygon) {
      // GEOS's line ∩ polygon keeps the stretches lying ON the boundary (a road along the shared edge of two
      // zones would "cross" both): the boundary is subtracted, so only the part in the interior remains.
      const result = binary(line, polygon, 'lineInside', (gl, gp) => {
        const within = M._GEOSIntersection_r(ctx, gl.geom, gp.geom);
        if (within === 0) fail('lineInside');
        if (M._GEOSisEmpty_r(ctx, within) === 1) return within;
        let boundary = gp.held !== null ? gp.held.boundary : 0;
        if (boundary === 0) {
          boundary = M._GEOSBoundary_r(ctx, gp.geom);
          if (boundary === 0) {
            M._GEOSGeom_destroy_r(ctx, within);
            fail('lineInside');
          }
          if (gp.held !== null) gp.held.boundary = boundary;
        }
        const inside = M._GEOSDifference_r(ctx, within, boundary);
        M._GEOSGeom_destroy_r(ctx, within);
        if (gp.held === null) M._GEOSGeom_destroy_r(ctx, boundary);
        if (inside === 0) fail('lineInside');
        return inside;
      });
      return toGeometry(result, 1);
    },

    makeValid(input) {
      assertLive();
      const o = operand(input, 'makeValid');
      try {
        const repaired = M._GEOSMakeValidWithParams_r(ctx, o.geom, makeValidParams);
        if (repaired === 0) fail('makeValid');
        return toGeometry(repaired, o.dimension);
      } finally {
        releaseOperand(o);
      }
    },

    validity(input): Validity {
      assertLive();
      const o = operand(input, 'validity');
      try {
        const reasonOut = scratch + 24;
        const locationOut = scratch + 28;
        M.HEAPU32[reasonOut >>> 2] = 0;
        M.HEAPU32[locationOut >>> 2] = 0;
        const result = M._GEOSisValidDetail_r(ctx, o.geom, 0, reasonOut, locationOut);
        if (result === 2) fail('validity');
        const reasonPointer = M.HEAPU32[reasonOut >>> 2]!;
        const locationPointer = M.HEAPU32[locationOut >>> 2]!;
        let reason = '';
        if (reasonPointer !== 0) {
          reason = M.UTF8ToString(reasonPointer);
          M._GEOSFree_r(ctx, reasonPointer);
        }
        let location: [number, number] | null = null;
        if (locationPointer !== 0) {
          if (M._GEOSisEmpty_r(ctx, locationPointer) === 0) {
            M._GEOSGeomGetX_r(ctx, locationPointer, scratch + 8);
            M._GEOSGeomGetY_r(ctx, locationPointer, scratch + 16);
            location = [M.HEAPF64[(scratch + 8) >>> 3]!, M.HEAPF64[(scratch + 16) >>> 3]!];
          }
          M._GEOSGeom_destroy_r(ctx, locationPointer);
        }
        return result === 1 ? { valid: true } : { valid: false, reason, location };
      } finally {
        releaseOperand(o);
      }
    },

    pointOnSurface(input) {
      assertLive();
      const o = operand(input, 'pointOnSurface');
      try {
        const point = M._GEOSPointOnSurface_r(ctx, o.geom);
        if (point === 0) fail('pointOnSurface');
        const result = toGeometry(point, 0);
        return result !== null && result.type === 'Point' ? [result.coordinates[0], result.coordinates[1]] : null;
      } finally {
        releaseOperand(o);
      }
    },

    hold(geometry, options?: HoldOptions) {
      assertLive();
      let geom: number;
      let dimension: 0 | 1 | 2;
      if (geometry instanceof Uint8Array) {
        geom = fromWkbBytes(geometry, 'hold');
        const d = M._GEOSGeom_getDimensions_r(ctx, geom);
        dimension = d === 0 || d === 1 ? d : 2;
      } else {
        geom = fromGeometry(geometry, 'hold');
        dimension = geometryDimension(geometry);
      }
      let prepared = 0;
      if (options?.prepared === true) {
        prepared = M._GEOSPrepare_r(ctx, geom);
        if (prepared === 0) {
          M._GEOSGeom_destroy_r(ctx, geom);
          fail('hold');
        }
      }
      const handle = nextHandle++;
      held.set(handle, { geom, prepared, dimension, boundary: 0 });
      return handle as GeomHandle;
    },

    release(handle) {
      const entry = held.get(handle);
      if (entry === undefined || disposed) return;
      if (entry.prepared !== 0) M._GEOSPreparedGeom_destroy_r(ctx, entry.prepared);
      if (entry.boundary !== 0) M._GEOSGeom_destroy_r(ctx, entry.boundary);
      M._GEOSGeom_destroy_r(ctx, entry.geom);
      held.delete(handle);
    },

    heldCount: () => held.size,

    dispose() {
      if (disposed) return;
      for (const entry of held.values()) {
        if (entry.prepared !== 0) M._GEOSPreparedGeom_destroy_r(ctx, entry.prepared);
        if (entry.boundary !== 0) M._GEOSGeom_destroy_r(ctx, entry.boundary);
        M._GEOSGeom_destroy_r(ctx, entry.geom);
      }
      held.clear();
      copies.clear();
      M._GEOSMakeValidParams_destroy_r(ctx, makeValidParams);
      if (inputPointer !== 0) M._free(inputPointer);
      M._free(scratch);
      if (interiorPatternPointer !== 0) M._free(interiorPatternPointer);
      M._GEOS_finish_r(ctx);
      M.removeFunction(errorHandler);
      M.removeFunction(noticeHandler);
      disposed = true;
    },
  };
}
