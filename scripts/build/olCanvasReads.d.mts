// Types for scripts/build/olCanvasReads.mjs (the renderer build's OpenLayers hit detection without its canvas timing).
import type { Plugin } from 'vite';
export const OL_EXECUTOR_GROUP: string;
export function withCanvasReadsChosen(source: string): string;
export function olCanvasReadsPlugin(): Plugin;
export function patchedExecutorGroup(root: string): string;
