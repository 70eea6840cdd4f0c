// Sends the page's uncaught errors and unhandled promise rejections to the platform log (the rotating
// log file in Electron, the console in a browser). Call once at start; returns a function that stops it.
import type { PlatformAdapter, Unsubscribe } from './types.ts';

export function reportUncaughtErrors(target: EventTarget, platform: Pick<PlatformAdapter, 'logError'>): Unsubscribe {
  const onError = (event: Event) => {
    const e = event as ErrorEvent;
    const where = e.filename ? ` (${e.filename}:${e.lineno}:${e.colno})` : '';
    platform.logError(`Uncaught error: ${e.message || String(e.error)}${where}`, e.error instanceof Error ? e.error.stack : undefined);
  };
  const onRejection = (event: Event) => {
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    platform.logError(
      `Unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`,
      reason instanceof Error ? reason.stack : undefined,
    );
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
