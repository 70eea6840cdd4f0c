import { describe, expect, it } from 'vitest';
import { commandAuthor } from '../../../renderer/components/commandAuthor.ts';

const labels = { thisStation: '本机', unknownStation: '早期记录（未记编辑人）' };

describe('commandAuthor', () => {
  it('names the station by its person-readable name and gives the local time to the minute', () => {
    const at = new Date(2026, 11, 5, 9, 7, 30).toISOString();
    const a = commandAuthor({ id: 'c-1', author: '生态环境局-张工', station: 'st-eco', at }, labels);
    expect(a).toEqual({ who: '生态环境局-张工', when: '2026-12-05 09:07', ids: 'st-eco · c-1' });
  });

  it('says "this workstation" before a name was set, the station id for a nameless other station, and "earlier record" for upgraded entries', () => {
    expect(commandAuthor({ id: 'c', author: '', station: 'local', at: '' }, labels)).toMatchObject({ who: '本机', when: '' });
    expect(commandAuthor({ id: 'c', author: '', station: 'st-7', at: 'not a time' }, labels)).toMatchObject({ who: 'st-7', when: '' });
    expect(commandAuthor({ id: 'legacy-000001', author: '', station: 'unknown', at: '' }, labels)).toMatchObject({
      who: '早期记录（未记编辑人）',
      ids: 'legacy-000001',
    });
    expect(commandAuthor(undefined, labels).who).toBe('早期记录（未记编辑人）');
  });
});
