// Maintenance-log numbers across stations: the bureau gives official yyyymmdd + 6-digit numbers, each department
// provisional yyyymmdd-CODE-nnnnnn ones; two stations working the same day never give the same number, alone or
// once their logs are merged, and every place that reads a log number accepts both forms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResolutionsFile } from '../../../engine/export/readResolutionsFile.ts';
import {
  assignOfficialLogNumbers,
  isMaintenanceLogNumber,
  isOfficialLogNumber,
  maintenanceLogNumber,
  provisionalStationCode,
  type LogNumberIssuer,
  type Resolution,
} from '../../../engine/resolutions/index.ts';
import { stationCodeOf } from '../../../engine/sign/index.ts';

const ecology: LogNumberIssuer = { role: 'department', stationCode: stationCodeOf('6f1c2a3e-0000-4000-8000-000000000001') };
const transport: LogNumberIssuer = { role: 'department', stationCode: stationCodeOf('6f1c2a3e-0000-4000-8000-000000000002') };
const bureau: LogNumberIssuer = { role: 'bureau' };

/** One station's log over a day: each record numbered from what that station holds (its own and what it received). */
function record(log: { logNumber?: string }[], issuer: LogNumberIssuer, at: string): string {
  const n = maintenanceLogNumber(at, log, issuer);
  log.push({ logNumber: n });
  return n;
}

describe('maintenance-log numbers across stations', () => {
  it('gives no duplicate when two departments and the bureau work the same day, before and after merging', () => {
    expect(ecology.role === 'department' && transport.role === 'department' && ecology.stationCode !== transport.stationCode).toBe(true);
    const a: { logNumber?: string }[] = [];
    const b: { logNumber?: string }[] = [];
    const c: { logNumber?: string }[] = [];
    for (let i = 0; i < 5; i++) {
      record(a, ecology, `2026-12-05T0${i}:00:00Z`);
      record(b, transport, `2026-12-05T0${i}:30:00Z`);
      record(c, bureau, `2026-12-05T0${i}:45:00Z`);
    }
    // The bureau receives both submissions and goes on working: its numbers continue its own official sequence.
    const merged = [...c, ...a, ...b];
    record(merged, bureau, '2026-12-05T09:00:00Z');
    // A department that received the bureau's issued package goes on with its own provisional sequence.
    const aAfter = [...a, ...c];
    record(aAfter, ecology, '2026-12-05T10:00:00Z');
    const all = [...merged, ...aAfter.slice(-1)].map((r) => r.logNumber!);
    expect(new Set(all).size).toBe(all.length);
    expect(a[0]!.logNumber).toBe(`20261205-${(ecology as { stationCode: string }).stationCode}-000001`);
    expect(c.map((r) => r.logNumber)).toEqual(['20261205000001', '20261205000002', '20261205000003', '20261205000004', '20261205000005']);
    expect(merged.at(-1)!.logNumber).toBe('20261205000006');
    expect(aAfter.at(-1)!.logNumber).toBe(`20261205-${(ecology as { stationCode: string }).stationCode}-000006`);
  });

  it('keeps the national format for the bureau and for a workspace without a station', () => {
    const existing = [{ logNumber: '20261127000001' }, { logNumber: '20261127-ST7Q-000009' }];
    expect(maintenanceLogNumber('2026-11-27T10:00:00Z', existing)).toBe('20261127000002');
    expect(maintenanceLogNumber('2026-11-27T10:00:00Z', existing, { role: 'department', stationCode: 'ST7Q' })).toBe(
      '20261127-ST7Q-000010',
    );
    expect(() => maintenanceLogNumber('2026-11-27T10:00:00Z', [], { role: 'department', stationCode: 'st7' })).toThrow();
  });

  it('tells official from provisional numbers, and the reader and the workspace schema accept both', () => {
    expect(isOfficialLogNumber('20261205000001')).toBe(true);
    expect(isOfficialLogNumber('20261205-ST7Q-000001')).toBe(false);
    expect(isMaintenanceLogNumber('20261205-ST7Q-000001')).toBe(true);
    expect(isMaintenanceLogNumber('20261205-ST7I-000001')).toBe(false);
    expect(isMaintenanceLogNumber('2026120500001')).toBe(false);
    expect(provisionalStationCode('20261205-ST7Q-000001')).toBe('ST7Q');
    expect(provisionalStationCode('20261205000001')).toBeNull();
    const resolution = (logNumber: string) => ({
      conflictKey: 'k',
      regionHash: 'h',
      status: 'active',
      ruleId: 'R08',
      kind: 'fix',
      severity: 'blocker',
      decidedBy: '张工',
      decidedAt: '2026-12-05T01:00:00Z',
      reason: 'r',
      edits: [{}],
      logNumber,
    });
    for (const n of ['20261205000001', '20261205-ST7Q-000001']) {
      const read = readResolutionsFile({ resolutions: [resolution(n)] }, 'resolutions.json');
      expect('resolutions' in read, JSON.stringify(read)).toBe(true);
    }
    expect(readResolutionsFile({ resolutions: [resolution('20261205-XX-1')] }, 'resolutions.json')).toHaveProperty('error');
    const schema = readFileSync(new URL('../../../schemas/workspace.schema.json', import.meta.url), 'utf8');
    const pattern = new RegExp(/"logNumber": \{[^}]*"pattern": "([^"]+)"/.exec(schema)![1]!, 'u');
    expect(['20261205000001', '20261205-ST7Q-000001'].map((n) => pattern.test(n))).toEqual([true, true]);
    expect(pattern.test('20261205-ST7Q-00001')).toBe(false);
  });

  it('gives accepted provisional records the next official numbers of the day and keeps the provisional ones', () => {
    const record = (logNumber: string | undefined, decidedAt: string, key: string) =>
      ({
        conflictKey: key,
        ruleId: 'R08',
        regionHash: 'h',
        kind: 'subjectYields',
        status: 'applied',
        decidedBy: '张工',
        decidedAt,
        reason: 'r',
        edits: [],
        ...(logNumber ? { logNumber } : {}),
      }) as unknown as Resolution;
    const bureauLog = [{ logNumber: '20261205000001' }, { logNumber: '20261205000002' }];
    const submitted = [
      record('20261204-ST7Q-000002', '2026-12-04T09:00:00Z', 'b'),
      record('20261204-ST7Q-000001', '2026-12-04T08:00:00Z', 'a'),
      record('20261204-XTD1-000001', '2026-12-04T08:30:00Z', 'c'),
      record('20261203000007', '2026-12-03T08:00:00Z', 'd'),
      record(undefined, '2026-12-04T10:00:00Z', 'e'),
    ];
    const frozen = JSON.stringify(submitted);
    const { resolutions, renumbered } = assignOfficialLogNumbers(submitted, '2026-12-05T10:00:00Z', bureauLog);
    expect(JSON.stringify(submitted)).toBe(frozen);
    expect(resolutions.map((r) => [r.conflictKey, r.logNumber, r.provisionalLogNumber])).toEqual([
      ['b', '20261205000004', '20261204-ST7Q-000002'],
      ['a', '20261205000003', '20261204-ST7Q-000001'],
      ['c', '20261205000005', '20261204-XTD1-000001'],
      ['d', '20261203000007', undefined],
      ['e', undefined, undefined],
    ]);
    expect(renumbered).toHaveLength(3);
    const all = [...bureauLog.map((r) => r.logNumber), ...resolutions.flatMap((r) => (r.logNumber ? [r.logNumber] : []))];
    expect(new Set(all).size).toBe(all.length);
    expect(assignOfficialLogNumbers(resolutions, '2026-12-05T11:00:00Z', [...bureauLog, ...resolutions]).renumbered).toEqual([]);
  });
});
