import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/i18n/describeError.ts';
import { uiLanguageError } from '../../../renderer/i18n/uiLanguageError.ts';

describe('uiLanguageError', () => {
  it('keeps an English refusal that names a Chinese file, instead of retelling it as an unexpected error', () => {
    const text =
      'Cannot open "规划局汇总.lantu": in workspace.json, history entry 1, the field history.past[0] should be an edit command (an object), found null. The current workspace was not changed.';
    expect(describeError(uiLanguageError(text), 'en')).toEqual({ text, detail: null });
  });

  it('keeps a Chinese refusal as it is', () => {
    const text =
      '无法打开「规划局汇总.lantu」：workspace.json 中编辑历史第 1 条的字段 history.past[0] 应为编辑命令（对象），实际为 null。当前工作区未作改动。';
    expect(describeError(uiLanguageError(text), 'zh')).toEqual({ text, detail: null });
  });
});
