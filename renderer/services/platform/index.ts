// The platform adapter: the UI's one way out of the page.
export type * from './types.ts';
export { PlatformError } from './PlatformError.ts';
export { createPlatform } from './createPlatform.ts';
export { createElectronPlatform, type ElectronPlatformOptions } from './createElectronPlatform.ts';
export { createBrowserPlatform, type BrowserPlatformOptions } from './createBrowserPlatform.ts';
export { menuCommandForKey } from './menuCommandForKey.ts';
export { fileKindOfName, PLAN_FILE_ACCEPT } from './fileKindOfName.ts';
export { reportUncaughtErrors } from './reportUncaughtErrors.ts';
