import { describe, expect, it } from 'vitest';
import { mainWindowOptions, mainWindowWebPreferences } from '../../../main/electron/mainWindowOptions.ts';

describe('mainWindowOptions', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security on, no webview', () => {
    expect(mainWindowWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
  });

  it('opens hidden at the remembered bounds with a minimum size', () => {
    const options = mainWindowOptions({ x: 5, y: 6, width: 1200, height: 800, maximized: true }, '/p.cjs', '蓝图 Lantu');
    expect(options).toMatchObject({ x: 5, y: 6, width: 1200, height: 800, minWidth: 960, minHeight: 600, show: false, title: '蓝图 Lantu' });
  });
});
