// The renderer build's OpenLayers hit detection. Before its first hit test (the first click or hover on the map),
// ol/render/canvas/ExecutorGroup.js times three ways of reading a 1-px canvas, 50 ms each (getImageData in a loop), to
// choose `willReadFrequently` for the small canvases it reads back: a 150 ms task in the first idle moment after the
// map is drawn. The build fixes the choice instead: `willReadFrequently: true`, a canvas kept in memory for reading,
// which Chromium advises for frequent getImageData. Without a GPU the three ways are alike (7,400–10,300 reads in 50 ms
// each, headless Chromium 150); with one, reading back a GPU canvas is the slow way the timing would have ruled out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module patched, relative to the project root. */
export const OL_EXECUTOR_GROUP = 'node_modules/ol/render/canvas/ExecutorGroup.js';

const CHOICE = 'let willReadFrequently = false;';
const TIMED = 'let canvasReadsBenchmarked = false;';

/**
 * ExecutorGroup.js with the choice made: both declarations must appear exactly once (another OpenLayers version fails
 * the build rather than timing the canvas again unnoticed).
 */
export function withCanvasReadsChosen(source) {
  for (const line of [CHOICE, TIMED]) {
    const count = source.split(line).length - 1;
    if (count !== 1) throw new Error(`${OL_EXECUTOR_GROUP}: "${line}" found ${count} times; scripts/build/olCanvasReads.mjs expects once`);
  }
  return source.replace(CHOICE, 'let willReadFrequently = true;').replace(TIMED, 'let canvasReadsBenchmarked = true;');
}

/** A Vite plugin applying withCanvasReadsChosen to OpenLayers' ExecutorGroup.js. */
export function olCanvasReadsPlugin() {
  return {
    name: 'lantu-ol-canvas-reads',
    transform(code, id) {
      return id.replace(/\\/g, '/').endsWith('/ol/render/canvas/ExecutorGroup.js') ? withCanvasReadsChosen(code) : null;
    },
  };
}

/** The patched module as the installed OpenLayers gives it (for the test). */
export function patchedExecutorGroup(root) {
  return withCanvasReadsChosen(readFileSync(join(root, OL_EXECUTOR_GROUP), 'utf8'));
}
