import { describe, expect, it } from 'vitest';
import { conflictColumnWidths } from '../../../renderer/components/conflictColumnWidths.ts';

describe('conflictColumnWidths', () => {
  it('lets the rule title give way before the departments, and fills the table exactly when it can', () => {
    const wide = conflictColumnWidths(1080, 'en', 180);
    expect(wide.rulePx).toBe(260);
    expect(wide.totalPx).toBe(1080);
    const narrow = conflictColumnWidths(900, 'en', 180);
    expect(narrow.rulePx).toBeLessThan(260);
    expect(narrow.partiesPx).toBeGreaterThanOrEqual(180 + 2 * 36);
    expect(narrow.totalPx).toBe(900);
  });

  it('scrolls sideways (a total wider than the table) rather than narrow the departments below their pair', () => {
    const w = conflictColumnWidths(500, 'en', 200);
    expect(w.rulePx).toBe(120);
    expect(w.partiesPx).toBeGreaterThanOrEqual(200);
    expect(w.totalPx).toBeGreaterThan(500);
  });
});
