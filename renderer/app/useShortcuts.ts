// Keyboard shortcuts: Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, F5 run checks, Delete delete the selected
// feature, Esc clears the selection and returns to the select tool; S/E/P/L/D/A pick a tool (not while typing in a field).
import { useEffect } from 'react';
import { useEditorStore } from './StoreContext.tsx';
import { useChecks } from './ChecksContext.tsx';
import { deleteSelected } from './editActions.ts';
import type { MapTool } from '../store/selectionSlice.ts';

const TOOL_KEYS: Record<string, MapTool> = {
  s: 'select',
  e: 'modify',
  p: 'drawPolygon',
  l: 'drawLine',
  d: 'measureLength',
  a: 'measureArea',
};

export function useShortcuts(): void {
  const store = useEditorStore();
  const checks = useChecks();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const typing =
        e.target instanceof HTMLElement &&
        (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT' || e.target.tagName === 'TEXTAREA');
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'Escape') {
        if (typing) (e.target as HTMLElement).blur();
        s.setTool('select');
        s.select(null);
        return;
      }
      if (e.key === 'F5') {
        e.preventDefault();
        void checks.runAll();
      } else if (mod && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
      } else if (mod && e.key.toLowerCase() === 'y' && !typing) {
        e.preventDefault();
        s.redo();
      } else if (typing) {
        return;
      } else if (e.key === 'Delete') {
        deleteSelected(store);
      } else if (!mod && TOOL_KEYS[e.key.toLowerCase()]) {
        s.setTool(TOOL_KEYS[e.key.toLowerCase()]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, checks]);
}
