// Public surface of engine/numeric for the shells (main, renderer, scripts); engine modules import each other's files directly.
export * from './portableMath.ts';
