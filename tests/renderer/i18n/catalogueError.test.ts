import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../renderer/i18n/catalogueError.ts';
import { describeError } from '../../../renderer/i18n/describeError.ts';

describe('catalogueError', () => {
  it('is told in the language of the moment wherever it is caught', () => {
    const error = catalogueError('planBlobChunkMissing', { title: '济源市产业规划', chunk: 3, chunks: 7 });
    expect(describeError(error, 'zh', 'open').text).toBe('打开工作区失败：规划「济源市产业规划」的存储缺少第 3 块（共 7 块）');
    expect(describeError(error, 'en', 'open').text).toBe(
      'Opening the workspace failed: the stored plan "济源市产业规划" is missing chunk 3 (of 7)',
    );
  });
});
