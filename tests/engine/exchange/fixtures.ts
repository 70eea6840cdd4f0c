// Shared bits of the exchange tests.
import { PACKAGE_ZIP_LIMITS } from '../../../engine/zip/readZipSafely.ts';
export { jsonBytes } from '../../../engine/package/jsonBytes.ts';
export const PACKAGE_ZIP_LIMITS_FOR_TESTS = PACKAGE_ZIP_LIMITS;
