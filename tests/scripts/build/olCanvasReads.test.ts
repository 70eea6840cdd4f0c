// The renderer build's OpenLayers hit detection without its canvas timing (scripts/build/olCanvasReads.mjs): the
// installed ExecutorGroup.js gets the choice made, the plugin patches that module only, and another shape fails loudly.
import { describe, expect, it } from 'vitest';
import { olCanvasReadsPlugin, patchedExecutorGroup, withCanvasReadsChosen } from '../../../scripts/build/olCanvasReads.mjs';
import { PROJECT_ROOT } from '../../main/cli/ensureCliBuilt.ts';

const transform = (code: string, id: string) =>
  (olCanvasReadsPlugin().transform as (this: unknown, code: string, id: string) => string | null).call(null, code, id);

describe('olCanvasReads', () => {
  it("makes the installed OpenLayers' choice without timing the canvas", () => {
    const patched = patchedExecutorGroup(PROJECT_ROOT);
    expect(patched).toContain('let willReadFrequently = true;');
    expect(patched).toContain('let canvasReadsBenchmarked = true;');
    expect(patched).not.toContain('let willReadFrequently = false;');
    expect(patched).not.toContain('let canvasReadsBenchmarked = false;');
    // The timed call is still guarded by the flag, which now starts set.
    expect(patched).toMatch(/if \(canvasReadsBenchmarked === false\) \{\s*benchmarkCanvasReads\(\);/);
  });

  it('patches ExecutorGroup.js only', () => {
    const source = 'let willReadFrequently = false;\nlet canvasReadsBenchmarked = false;\n';
    expect(transform(source, '/x/node_modules/ol/render/canvas/ExecutorGroup.js')).toBe(
      'let willReadFrequently = true;\nlet canvasReadsBenchmarked = true;\n',
    );
    expect(transform(source, 'C:\\x\\node_modules\\ol\\render\\canvas\\ExecutorGroup.js')).toContain('= true;');
    expect(transform(source, '/x/node_modules/ol/render/canvas/Executor.js')).toBeNull();
  });

  it('fails on a module of another shape', () => {
    expect(() => withCanvasReadsChosen('let canvasReadsBenchmarked = false;')).toThrow(/found 0 times/);
    expect(() => withCanvasReadsChosen('let willReadFrequently = false;\n'.repeat(2) + 'let canvasReadsBenchmarked = false;')).toThrow(
      /found 2 times/,
    );
  });
});
