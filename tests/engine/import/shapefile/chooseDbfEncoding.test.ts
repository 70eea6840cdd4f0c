import { describe, expect, it } from 'vitest';
import { chooseDbfEncoding, encodingFromLabel } from '../../../../engine/import/shapefile/chooseDbfEncoding.ts';
import { decodeDbfRecords, readDbf } from '../../../../engine/import/shapefile/readDbf.ts';

/** A one-field (C, 20) DBF with the given raw cell bytes and language-driver byte. */
function dbf(cells: Uint8Array[], ldid = 0): Uint8Array {
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + 20;
  const out = new Uint8Array(headerLength + cells.length * recordLength + 1);
  const v = new DataView(out.buffer);
  out[0] = 3;
  v.setUint32(4, cells.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  out[29] = ldid;
  out.set(new TextEncoder().encode('XZQMC'), 32);
  out[32 + 11] = 'C'.charCodeAt(0);
  out[32 + 16] = 20;
  out[64] = 0x0d;
  cells.forEach((c, i) => {
    const at = headerLength + i * recordLength;
    out[at] = 0x20;
    out.fill(0x20, at + 1, at + 21);
    out.set(c, at + 1);
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const GBK_LILIN = new Uint8Array([0xc0, 0xe6, 0xc1, 0xd6, 0xd5, 0xf2]); // 梨林镇 in GBK
const UTF8_LILIN = new TextEncoder().encode('梨林镇');

describe('chooseDbfEncoding', () => {
  it('follows the .cpg first', () => {
    expect(chooseDbfEncoding(readDbf(dbf([GBK_LILIN]), 'a.dbf'), 'GBK')).toMatchObject({ encoding: 'gbk', source: 'cpg' });
    expect(chooseDbfEncoding(readDbf(dbf([UTF8_LILIN]), 'a.dbf'), 'UTF-8')).toMatchObject({ encoding: 'utf-8', source: 'cpg' });
  });
  it('reads the DBF language byte 0x4D and 0x7A as code page 936', () => {
    expect(chooseDbfEncoding(readDbf(dbf([GBK_LILIN], 0x4d), 'a.dbf'), undefined)).toMatchObject({
      encoding: 'gbk',
      source: 'dbf-language-byte',
    });
    expect(chooseDbfEncoding(readDbf(dbf([GBK_LILIN], 0x7a), 'a.dbf'), undefined)).toMatchObject({
      encoding: 'gbk',
      source: 'dbf-language-byte',
    });
  });
  it('detects UTF-8 when every cell is valid UTF-8, else GB18030', () => {
    expect(chooseDbfEncoding(readDbf(dbf([UTF8_LILIN]), 'a.dbf'), undefined)).toMatchObject({ encoding: 'utf-8', source: 'detected' });
    expect(chooseDbfEncoding(readDbf(dbf([GBK_LILIN]), 'a.dbf'), undefined)).toMatchObject({ encoding: 'gb18030', source: 'detected' });
  });
  it('lets the user override everything', () => {
    expect(chooseDbfEncoding(readDbf(dbf([UTF8_LILIN], 0x4d), 'a.dbf'), 'GBK', 'utf-8')).toMatchObject({
      encoding: 'utf-8',
      source: 'user',
    });
  });
  it('understands the usual .cpg spellings', () => {
    expect(['UTF-8', 'utf8', '65001', 'GBK', 'CP936', 'ANSI 936', 'GB2312', 'GB18030'].map(encodingFromLabel)).toEqual([
      'utf-8',
      'utf-8',
      'utf-8',
      'gbk',
      'gbk',
      'gbk',
      'gbk',
      'gb18030',
    ]);
  });
  it('decodes GBK cells to Chinese', () => {
    expect(decodeDbfRecords(readDbf(dbf([GBK_LILIN]), 'a.dbf'), 'gbk', 'a.dbf').records).toEqual([{ XZQMC: '梨林镇' }]);
  });
});
