// Pure. What to tell the user when the window's page crashed or stopped responding, and which buttons to
// offer. Reloading is safe: every edit is logged to IndexedDB as it is applied, so nothing saved is lost.

export type RendererFailure = { kind: 'gone'; reason: string; exitCode: number } | { kind: 'unresponsive' };

export interface FailureDialog {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** Index in `buttons` of reloading the window. */
  reloadButton: number;
  defaultId: number;
  cancelId: number;
}

export function describeRendererFailure(failure: RendererFailure, lang: 'zh' | 'en'): FailureDialog {
  const en = lang === 'en';
  const safety = en
    ? 'Your edits are saved as you make them; reloading restores the workspace as of the last completed edit.'
    : '编辑在每一步完成时已自动保存；重新加载会恢复到最后一次完成的编辑。';
  if (failure.kind === 'unresponsive') {
    return {
      type: 'warning',
      title: en ? 'Lantu is not responding' : '蓝图无响应',
      message: en ? 'The window has stopped responding.' : '窗口已停止响应。',
      detail: `${en ? 'You can wait for it or reload it.' : '可以继续等待，或重新加载窗口。'}\n${safety}`,
      buttons: en ? ['Reload', 'Wait'] : ['重新加载', '等待'],
      reloadButton: 0,
      defaultId: 1,
      cancelId: 1,
    };
  }
  return {
    type: 'error',
    title: en ? 'Lantu window crashed' : '蓝图窗口崩溃',
    message: en
      ? `The window stopped unexpectedly (${failure.reason}, exit code ${failure.exitCode}).`
      : `窗口意外终止（${failure.reason}，退出码 ${failure.exitCode}）。`,
    detail: `${safety}\n${en ? 'Details are in the log (Help → Open Log Folder).' : '详细信息已写入日志（帮助 → 打开日志文件夹）。'}`,
    buttons: en ? ['Reload', 'Quit'] : ['重新加载', '退出'],
    reloadButton: 0,
    defaultId: 0,
    cancelId: 1,
  };
}
