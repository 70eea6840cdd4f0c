// Pure. A geometry port failure (GEOS) told in Chinese and English: the Chinese names the operation in Chinese
// and never carries GEOS's English; the English keeps GEOS's words for the report and the log.
import { GeometryError } from './port.ts';
import { say } from '../i18n/index.ts';

const OPERATION_ZH: Readonly<Record<string, string>> = {
  intersection: '求交',
  difference: '求差',
  unaryUnion: '合并',
  intersects: '相交判断',
  covers: '覆盖判断',
  interiorsIntersect: '内部相交判断',
  bufferM: '缓冲区',
  distanceM: '距离量算',
  lineInside: '线在面内的长度量算',
  makeValid: '几何修复',
  validity: '几何有效性检查',
  pointOnSurface: '取面内点',
  hold: '几何读入',
  'write WKB': '几何写出',
  dispose: '几何引擎调用（引擎已释放）',
};

/** The operation as a person reads it: Chinese for the known ones, else a neutral word (never GEOS's name). */
export function geometryOperationZh(operation: string): string {
  return Object.prototype.hasOwnProperty.call(OPERATION_ZH, operation) ? OPERATION_ZH[operation]! : '几何运算';
}

/** "the 求交 failed" in both languages; `en` keeps the port's message (operation and GEOS's reason). */
export function describeGeometryError(error: GeometryError): { zh: string; en: string } {
  return say('geometry.describeGeometryError.describeGeometryError', {
    operation: { zh: String(geometryOperationZh(error.operation)), en: String(error.message) },
  });
}
