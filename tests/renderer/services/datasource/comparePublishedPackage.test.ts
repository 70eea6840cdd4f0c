import { describe, expect, it } from 'vitest';
import { comparePublishedPackage } from '../../../../renderer/services/datasource/comparePublishedPackage.ts';
import type { LastExport } from '../../../../renderer/store/types.ts';

const exported: LastExport = {
  packageSha256: 'ab'.repeat(32),
  created: '2026-12-01T00:00:00.000Z',
  status: 'final',
  afterCommandId: 'c-7',
};

describe('comparePublishedPackage', () => {
  it('calls it the same package when the published hash is the last export and no command came after it', () => {
    expect(comparePublishedPackage('ab'.repeat(32), exported, 'c-7')).toBe('same');
    expect(comparePublishedPackage('AB'.repeat(32), exported, 'c-7')).toBe('same');
    expect(comparePublishedPackage('ab'.repeat(32), { ...exported, afterCommandId: null }, null)).toBe('same');
  });
  it('says the workspace changed since when the history moved on (an edit, or an undo past the export)', () => {
    expect(comparePublishedPackage('ab'.repeat(32), exported, 'c-8')).toBe('changed');
    expect(comparePublishedPackage('ab'.repeat(32), exported, null)).toBe('changed');
  });
  it('calls it a different package when the hashes differ, whatever the times', () => {
    expect(comparePublishedPackage('cd'.repeat(32), exported, 'c-7')).toBe('different');
    expect(comparePublishedPackage('cd'.repeat(32), { ...exported, created: '2099-01-01T00:00:00.000Z' }, 'c-7')).toBe('different');
  });
  it('says none when this workspace never exported a package', () => {
    expect(comparePublishedPackage('ab'.repeat(32), null, 'c-7')).toBe('none');
  });
});
