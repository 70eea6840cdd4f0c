import { describe, expect, it } from 'vitest';
import { projectValueLabel } from '../../../engine/review/projectValueLabels.ts';
import { PROJECT_STAGES } from '../../../engine/review/types.ts';

describe('projectValueLabel', () => {
  it('names every stage and the stored Chinese values in English, and leaves them in Chinese for a Chinese reader', () => {
    for (const stage of PROJECT_STAGES) expect(projectValueLabel(stage, 'en')).toMatch(/^[a-z -]+$/);
    expect(projectValueLabel('工业', 'en')).toBe('industrial');
    expect(projectValueLabel('三类', 'en')).toBe('class III');
    expect(projectValueLabel('否', 'en')).toBe('no');
    expect(projectValueLabel('用地预审与选址', 'zh')).toBe('用地预审与选址');
  });

  it('passes an unknown value through unchanged', () => {
    expect(projectValueLabel('济源示范新材料项目', 'en')).toBe('济源示范新材料项目');
  });
});
