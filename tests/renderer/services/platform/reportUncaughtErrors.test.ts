import { describe, expect, it } from 'vitest';
import { reportUncaughtErrors } from '../../../../renderer/services/platform/reportUncaughtErrors.ts';

describe('reportUncaughtErrors', () => {
  it('logs uncaught errors with their location and stack, and unhandled rejections, until stopped', () => {
    const target = new EventTarget();
    const logged: Array<[string, string | undefined]> = [];
    const stop = reportUncaughtErrors(target, { logError: (message, detail) => void logged.push([message, detail]) });
    const error = new TypeError('x is undefined');
    target.dispatchEvent(
      Object.assign(new Event('error'), {
        message: 'TypeError: x is undefined',
        filename: 'app://lantu/assets/index.js',
        lineno: 3,
        colno: 7,
        error,
      }),
    );
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'quota exceeded' }));
    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { message: 'after stop' }));
    expect(logged).toEqual([
      ['Uncaught error: TypeError: x is undefined (app://lantu/assets/index.js:3:7)', error.stack],
      ['Unhandled rejection: quota exceeded', undefined],
    ]);
  });
});
