import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_METHODS, EVENT_CHANNELS, INVOKE_CHANNELS, IPC_CHANNELS } from '../../../engine/ipc/index.ts';

describe('the IPC channel table', () => {
  it('names every channel domain:verb-noun (or domain:event for pushes), each once', () => {
    const channels = API_METHODS.map((m) => IPC_CHANNELS[m].channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of INVOKE_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)+$/);
    for (const channel of EVENT_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('names push subscriptions onX and requests with a verb', () => {
    for (const method of API_METHODS) {
      if (IPC_CHANNELS[method].kind === 'event') expect(method).toMatch(/^on[A-Z]/);
      else expect(method).not.toMatch(/^on[A-Z]/);
    }
  });

  it('covers what the shell must offer: open files, read bytes, save bytes, a report as PDF, workspaces, recent files, menus, app and log, the station and its trusted keys, the 数据源', () => {
    expect([...INVOKE_CHANNELS, ...EVENT_CHANNELS].sort()).toEqual(
      [
        'app:get-info',
        'app:set-language',
        'datasource:add-source',
        'datasource:get-published-version',
        'datasource:list-layers',
        'datasource:list-sources',
        'datasource:read-layer',
        'datasource:remove-source',
        'file:choose-open',
        'file:opened',
        'file:read-bytes',
        'file:save-bytes',
        'file:save-report-pdf',
        'log:open-folder',
        'log:write-entry',
        'menu:command',
        'recent:clear-files',
        'recent:list-files',
        'workspace:open-file',
        'workspace:save-file',
        'station:get-identity',
        'station:create-identity',
        'station:rename-identity',
        'station:sign-bytes',
        'keys:list-trusted',
        'keys:trust-key',
        'keys:revoke-key',
        'keys:export-public',
      ].sort(),
    );
  });

  it('is the only place channel names are written in main and preload sources', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const all = [...INVOKE_CHANNELS, ...EVENT_CHANNELS];
    for (const file of [...sources('main/electron'), ...sources('main/preload'), ...sources('renderer/services/platform')]) {
      const text = readFileSync(file, 'utf8');
      for (const channel of all) expect(text.includes(`'${channel}'`), `${file} spells out ${channel}`).toBe(false);
    }
  });
});
