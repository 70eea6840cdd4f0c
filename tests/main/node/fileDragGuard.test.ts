import { describe, expect, it } from 'vitest';
import { createFileDragGuard, FILE_DRAG_WINDOW_MS } from '../../../main/node/fileDragGuard.ts';

describe('createFileDragGuard', () => {
  it('accepts one file:// navigation within the window after a reported drag, and none without one', () => {
    const guard = createFileDragGuard();
    expect(guard.acceptDrop(1_000)).toBe(false);
    guard.noteDrag(1_000);
    expect(guard.acceptDrop(1_000 + FILE_DRAG_WINDOW_MS)).toBe(true);
    expect(guard.acceptDrop(1_000 + FILE_DRAG_WINDOW_MS)).toBe(false);
  });

  it('refuses a navigation that comes too long after the last drag report', () => {
    const guard = createFileDragGuard(3_000);
    guard.noteDrag(0);
    expect(guard.acceptDrop(3_001)).toBe(false);
  });
});
