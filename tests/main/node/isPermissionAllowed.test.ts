import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../main/node/isPermissionAllowed.ts';

describe('isPermissionAllowed', () => {
  it('allows clipboard writes from the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lantu/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lantu')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('refuses every other permission, even to the app', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'hid',
      'serial',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isPermissionAllowed(permission, 'app://lantu/index.html')).toBe(false);
    }
  });
});
