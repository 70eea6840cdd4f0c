// Browser side of tests/e2e/portableMath.test.ts: evaluates the portable functions and Math.* in Chromium on
// the shared seeded arguments and exposes hashes and raw results on `window.portableMathHarness`.
import { evaluate, FUNCTION_NAMES, sha256Hex, toBase64 } from './cases.ts';

const harness = {
  /** SHA-256 of the portable results per function. */
  portableHashes(): Record<string, string> {
    return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, sha256Hex(evaluate(name, 'portable'))]));
  },
  /** The portable or Math results of one function as base64 of the Float64Array bytes. */
  results(name: string, which: 'portable' | 'math'): string {
    return toBase64(evaluate(name, which));
  },
  /** The engine that produced these results. */
  userAgent(): string {
    return navigator.userAgent;
  },
};

(window as unknown as { portableMathHarness: typeof harness }).portableMathHarness = harness;
document.body.dataset.ready = 'true';
