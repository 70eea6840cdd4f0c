// Pure. The one entry point of engine/numeric: elementary functions that give the same bits in every
// JavaScript engine (Node's and Chromium's V8 differ in the last bit of some Math.* results, which breaks
// byte-for-byte package verification). Built only from + − × ÷, Math.sqrt/abs/floor/trunc/min/max and
// bit access to doubles, following fdlibm; each < 1 ulp from the true value unless its file says otherwise.
export { sin, cos, tan } from './sinCos.ts';
export { atan } from './atan.ts';
export { atan2 } from './atan2.ts';
export { asin, acos } from './asinAcos.ts';
export { exp } from './exp.ts';
export { expm1 } from './expm1.ts';
export { log } from './log.ts';
export { log1p } from './log1p.ts';
export { sinh, cosh, atanh } from './hyperbolic.ts';
export { cbrt } from './cbrt.ts';
export { hypot } from './hypot.ts';
