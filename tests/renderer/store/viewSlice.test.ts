import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { bilingualNotice } from '../../../renderer/store/viewSlice.ts';

describe('the message bar', () => {
  it('shows a bilingual notice in the current language and follows a language switch', () => {
    const store = createEditorStore();
    store.getState().setLanguage('en');
    store
      .getState()
      .notify(bilingualNotice('error', '规则引擎不可用，无法运行检查。', 'The rules engine is not available: checks cannot run.'));
    expect(store.getState().notice?.text).toBe('The rules engine is not available: checks cannot run.');
    store.getState().setLanguage('zh');
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: '规则引擎不可用，无法运行检查。' });
    store.getState().setLanguage('en');
    expect(store.getState().notice?.text).toBe('The rules engine is not available: checks cannot run.');
  });

  it('keeps a notice that has one text only (a message naming user data) as it was written', () => {
    const store = createEditorStore();
    store.getState().notify({ kind: 'info', text: '已打开工作区「济源.lantu」' });
    store.getState().setLanguage('en');
    expect(store.getState().notice?.text).toBe('已打开工作区「济源.lantu」');
  });
});
