import { describe, expect, it } from 'vitest';
import { describeRendererFailure } from '../../../main/node/describeRendererFailure.ts';

describe('describeRendererFailure', () => {
  it('offers to reload a crashed window, naming the reason and saying saved edits are kept', () => {
    const dialog = describeRendererFailure({ kind: 'gone', reason: 'oom', exitCode: 133 }, 'zh');
    expect(dialog.message).toBe('窗口意外终止（oom，退出码 133）。');
    expect(dialog.detail).toContain('编辑在每一步完成时已自动保存');
    expect(dialog.buttons[dialog.reloadButton]).toBe('重新加载');
    expect(dialog.defaultId).toBe(dialog.reloadButton);
  });

  it('lets the user wait out a hang by default', () => {
    const dialog = describeRendererFailure({ kind: 'unresponsive' }, 'en');
    expect(dialog.title).toBe('Lantu is not responding');
    expect(dialog.buttons).toEqual(['Reload', 'Wait']);
    expect(dialog.defaultId).toBe(1);
    expect(dialog.cancelId).toBe(1);
  });
});
