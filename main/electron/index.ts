// Electron main entry (bundled to out/main/index.cjs). Paths are relative to the bundle: the renderer
// build is out/renderer/, the preload bundle out/preload/index.cjs.
import { join } from 'node:path';
import { startApp } from './startApp.ts';

startApp({
  rendererDir: join(__dirname, '..', 'renderer'),
  preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
});
