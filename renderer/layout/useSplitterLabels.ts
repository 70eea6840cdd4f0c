// useSplitterLabels(ref) gives antd Splitter's fold buttons, whose aria-label antd hard-codes in English
// ("Toggle start panel"), the catalogue's words in the chosen language, also on bars that mount later.
import { useEffect, type RefObject } from 'react';
import { useEditor, useT } from '../app/StoreContext.tsx';

export function useSplitterLabels(ref: RefObject<HTMLElement | null>): void {
  const t = useT();
  const language = useEditor((s) => s.language);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const label = () => {
      for (const bar of root.querySelectorAll('.ant-splitter-bar-collapse-bar-start'))
        if (bar.getAttribute('aria-label') !== t('panelFoldStart')) bar.setAttribute('aria-label', t('panelFoldStart'));
      for (const bar of root.querySelectorAll('.ant-splitter-bar-collapse-bar-end'))
        if (bar.getAttribute('aria-label') !== t('panelFoldEnd')) bar.setAttribute('aria-label', t('panelFoldEnd'));
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [ref, t, language]);
}
