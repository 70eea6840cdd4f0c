// A signed 征求意见 / 部门意见 file is recognised by the file it carries, and opens only for a trusted signer (or
// unsigned, as older files are); an unknown key is refused like a submission's.
import { describe, expect, it } from 'vitest';
import { signJsonFile } from '../../../../engine/exchange/index.ts';
import { writeOpinionFile } from '../../../../engine/review/index.ts';
import { openReviewFile } from '../../../../renderer/services/review/openReviewFile.ts';
import { reviewFileKind } from '../../../../renderer/services/review/reviewFileKind.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from '../../../engine/exchange/memoryStation.ts';

const department = memorySigner(5, 'st-dept', '生态环境局-张工');
const stranger = memorySigner(6, 'st-x', '生态环境局-张工');
const opinion = writeOpinionFile(
  {
    projectId: 'p1',
    projectVersion: 'v1',
    department: 'sthj',
    verdict: 'pass',
    conditions: [],
    basis: '',
    reviewer: '张工',
    date: '2026-12-05',
    documentNo: '济环函〔2026〕1号',
  },
  { projectName: '一张蓝图', departmentName: '生态环境局', departmentShortName: '环境' },
);

describe('openReviewFile', () => {
  it('recognises a signed opinion and opens it for a trusted signer with the exact original bytes', async () => {
    const signed = await signJsonFile(opinion.bytes, department, '2026-12-05T01:00:00.000Z');
    expect(reviewFileKind(signed)).toBe('opinion');
    const opened = openReviewFile(signed, opinion.fileName, memoryTrust([trustedKeyOf(department)]));
    expect(opened.ok && Buffer.from(opened.bytes).equals(Buffer.from(opinion.bytes))).toBe(true);
  });

  it('refuses an unknown key and opens an older unsigned file as unsigned', async () => {
    const signed = await signJsonFile(opinion.bytes, stranger, '2026-12-05T01:00:00.000Z');
    const refused = openReviewFile(signed, opinion.fileName, memoryTrust([trustedKeyOf(department)]));
    expect(refused.ok).toBe(false);
    expect(refused.check.status).toBe('unknown');
    expect(refused.check.message.zh).toContain(opinion.fileName);
    const unsigned = openReviewFile(opinion.bytes, opinion.fileName, memoryTrust([]));
    expect(unsigned.ok && unsigned.check.status).toBe('unsigned');
  });
});
