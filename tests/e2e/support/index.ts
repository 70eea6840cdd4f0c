// Node. Shared support for browser tests: import from here.
export { launchChromium, findChromium, chromiumCandidates, CHROMIUM_ARGS } from './launchChromium.ts';
export { serveStatic, CONTENT_SECURITY_POLICY, STYLE_NONCE_PLACEHOLDER, contentSecurityPolicy } from './serveStatic.ts';
export type { StaticServer, ServeStaticOptions } from './serveStatic.ts';
export { ensureRendererBuilt, PROJECT_ROOT, RENDERER_OUT_DIR } from './ensureRendererBuilt.ts';
export { watchPageProblems, type PageProblems } from './watchPageProblems.ts';
export { openApp, type OpenApp } from './openApp.ts';
export { openHarness, type OpenHarness, type HarnessOptions } from './openHarness.ts';
export { dumpIndexedDb, dropFileOnWindow } from './pageStorage.ts';
export { seedStation } from './seedStation.ts';
export { chooseImportOption } from './chooseImportOption.ts';
export { dialogPlacement, OVERLAY, type DialogPlacement } from './dialogOverlay.ts';
export { pickFilesVia } from './pickFilesVia.ts';
