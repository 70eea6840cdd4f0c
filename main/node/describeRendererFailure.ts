import { say } from '../i18n/index.ts';
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
  const safety = say('node.describeRendererFailure.safety')[lang];
  if (failure.kind === 'unresponsive') {
    return {
      type: 'warning',
      title: say('node.describeRendererFailure.describeRendererFailure_title')[lang],
      message: say('node.describeRendererFailure.describeRendererFailure_message')[lang],
      detail: `${say('node.describeRendererFailure.describeRendererFailure_detail')[lang]}\n${safety}`,
      buttons: [say('node.describeRendererFailure.reload')[lang], say('node.describeRendererFailure.wait')[lang]],
      reloadButton: 0,
      defaultId: 1,
      cancelId: 1,
    };
  }
  return {
    type: 'error',
    title: say('node.describeRendererFailure.describeRendererFailure_title-2')[lang],
    message: say('node.describeRendererFailure.describeRendererFailure_message-2', { reason: failure.reason, exitCode: failure.exitCode })[
      lang
    ],
    detail: `${safety}\n${say('node.describeRendererFailure.describeRendererFailure_detail-2')[lang]}`,
    buttons: [say('node.describeRendererFailure.reload')[lang], say('node.describeRendererFailure.quit')[lang]],
    reloadButton: 0,
    defaultId: 0,
    cancelId: 1,
  };
}
