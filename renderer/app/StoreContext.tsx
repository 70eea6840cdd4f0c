// React access to the editor store: components read it with narrow selectors (useEditor) and the
// current dictionary (useT).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from '../store/createEditorStore.ts';
import { DICTIONARIES, type MessageKey } from '../i18n/dictionary.ts';

const StoreContext = createContext<EditorStore | null>(null);

export function StoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore outside StoreProvider');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useT(): (key: MessageKey) => string {
  const language = useEditor((s) => s.language);
  const dict = DICTIONARIES[language];
  return (key) => dict[key];
}
