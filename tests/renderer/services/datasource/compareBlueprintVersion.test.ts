import { describe, expect, it } from 'vitest';
import { compareBlueprintVersion } from '../../../../renderer/services/datasource/compareBlueprintVersion.ts';

describe('compareBlueprintVersion', () => {
  it('calls the local workspace newer when it was edited after the published blueprint was created', () => {
    expect(compareBlueprintVersion('2026-12-01T00:00:00.000Z', '2026-12-02T08:00:00.000Z')).toBe('newer');
  });
  it('calls it older when the published blueprint was created after the last local edit', () => {
    expect(compareBlueprintVersion('2026-12-03T00:00:00.000Z', '2026-12-02T08:00:00.000Z')).toBe('older');
  });
  it('calls it the same with no local edit, or one in the very second the blueprint was created', () => {
    expect(compareBlueprintVersion('2026-12-03T00:00:00.000Z', undefined)).toBe('same');
    expect(compareBlueprintVersion('2026-12-03T00:00:00.000Z', '2026-12-03T00:00:00.400Z')).toBe('same');
  });
});
