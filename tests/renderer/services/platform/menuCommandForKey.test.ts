import { describe, expect, it } from 'vitest';
import { menuCommandForKey } from '../../../../renderer/services/platform/menuCommandForKey.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('menuCommandForKey', () => {
  it('maps the file shortcuts the browser would otherwise take', () => {
    expect(menuCommandForKey(press('o', { ctrlKey: true }))).toBe('plan:import');
    expect(menuCommandForKey(press('O', { ctrlKey: true, shiftKey: true }))).toBe('workspace:open');
    expect(menuCommandForKey(press('s', { metaKey: true }))).toBe('workspace:save');
    expect(menuCommandForKey(press('S', { ctrlKey: true, shiftKey: true }))).toBe('workspace:save-as');
    expect(menuCommandForKey(press('e', { ctrlKey: true }))).toBe('blueprint:export');
  });

  it('leaves undo, redo, F5, plain letters and Alt combinations to the page', () => {
    expect(menuCommandForKey(press('z', { ctrlKey: true }))).toBeUndefined();
    expect(menuCommandForKey(press('F5'))).toBeUndefined();
    expect(menuCommandForKey(press('o'))).toBeUndefined();
    expect(menuCommandForKey(press('o', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });
});
