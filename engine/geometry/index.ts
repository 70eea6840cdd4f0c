// Public surface of engine/geometry for the shells (main, renderer, scripts); engine modules import each other's files directly.
export { m2ToHectares, m2ToMu } from './areaUnits.ts';
export { bbox } from './bbox.ts';
export { createGeosPort } from './createGeosPort.ts';
export type { GeosWasm } from './createGeosPort.ts';
export { describeGeometryError } from './describeGeometryError.ts';
export { ellipsoidalAreaM2, ringAreaM2 } from './ellipsoidalAreaM2.ts';
export { pathLengthM } from './geodesicLengthM.ts';
export { storeAreaM2, writeStoreWkb } from './geometryStore.ts';
export type { GeometryStore } from './geometryStore.ts';
export { GeometryError } from './port.ts';
export type { GeomHandle, GeometryPort } from './port.ts';
export { positionCount } from './positionCount.ts';
export { forEachCandidatePair, indexStore } from './spatialIndex.ts';
export { streamGeometryStore } from './streamGeometryStore.ts';
export { transverseMercator } from './transverseMercator.ts';
export type { TransverseMercator } from './transverseMercator.ts';
export { WkbWriter } from './wkb.ts';
