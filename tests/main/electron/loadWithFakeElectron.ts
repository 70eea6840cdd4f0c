// Loads a CommonJS bundle with `require('electron')` answered by a fake (hooking Node's module loader for
// the duration of the load only), fresh each time.
import Module, { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function loadWithFakeElectron(bundlePath: string, electron: unknown): unknown {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    if (request === 'electron') return electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    delete requireHere.cache[requireHere.resolve(bundlePath)];
    return requireHere(bundlePath);
  } finally {
    loader._load = original;
  }
}
