import { describe, expect, it } from 'vitest';
import { parsePgConnectionString } from '../../../../main/node/db/parsePgConnectionString.ts';
import { parsePgServiceFile } from '../../../../main/node/db/readPgServiceFile.ts';
import { matchPgPass } from '../../../../main/node/db/readPgPass.ts';

describe('parsePgConnectionString', () => {
  it('reads a URI with percent-encoding, IPv6 host and query keywords', () => {
    expect(
      parsePgConnectionString('postgresql://gh%E8%A7%84@[::1]:5433/%E8%93%9D%E5%9B%BE?sslmode=verify-full&sslrootcert=/ca.crt'),
    ).toEqual({
      user: 'gh规',
      host: '::1',
      port: '5433',
      dbname: '蓝图',
      sslmode: 'verify-full',
      sslrootcert: '/ca.crt',
    });
  });
  it('keeps a URI password so that it can be refused', () => {
    expect(parsePgConnectionString('postgres://u:p%40ss@h/db').password).toBe('p@ss');
  });
  it('reads key=value with quoted values, escapes and spaces around =', () => {
    expect(parsePgConnectionString("host=db.example port = 5432 dbname='my db' user=o\\'k application_name='a \\'b\\''")).toEqual({
      host: 'db.example',
      port: '5432',
      dbname: 'my db',
      user: "o'k",
      application_name: "a 'b'",
    });
  });
  it('takes a bare word as the database name', () => {
    expect(parsePgConnectionString('lantu')).toEqual({ dbname: 'lantu' });
  });
  it('refuses unknown keywords, unterminated quotes and other URI schemes, naming them', () => {
    expect(() => parsePgConnectionString('host=a sslmod=require')).toThrow(/sslmod/);
    expect(() => parsePgConnectionString("dbname='x")).toThrow(/unterminated quote in “dbname”/);
    expect(() => parsePgConnectionString('mysql://h/db')).toThrow(/postgresql:\/\//);
    expect(() => parsePgConnectionString('postgresql://a,b/db')).toThrow(/several hosts/);
  });
});

describe('parsePgServiceFile', () => {
  const text = '# bureau services\n[other]\nhost=x\n\n[gh]\nhost = 10.0.0.5\nport=5433\ndbname=蓝图\n[after]\nuser=z\n';
  it('returns the named section only', () => {
    expect(parsePgServiceFile(text, 'gh', 'svc.conf')).toEqual({ host: '10.0.0.5', port: '5433', dbname: '蓝图' });
    expect(parsePgServiceFile(text, 'none', 'svc.conf')).toBeUndefined();
  });
  it('refuses an unknown keyword naming the file and line', () => {
    expect(() => parsePgServiceFile('[gh]\nhots=x\n', 'gh', '/etc/pg_service.conf')).toThrow(/\/etc\/pg_service.conf line 2/);
  });
});

describe('matchPgPass', () => {
  const want = { host: 'db', port: '5432', database: 'lantu', user: 'clerk' };
  it('takes the first matching line, with wildcards and escaped colons', () => {
    const text = '# comment\nother:*:*:*:no\ndb:5432:lantu:clerk:a\\:b\\\\c\n*:*:*:*:later\n';
    expect(matchPgPass(text, want)).toBe('a:b\\c');
    expect(matchPgPass('*:*:*:*:any\n', want)).toBe('any');
    expect(matchPgPass('db:5433:lantu:clerk:x\n', want)).toBeUndefined();
  });
  it('matches a Unix socket path against localhost', () => {
    expect(matchPgPass('localhost:*:*:clerk:s\n', { ...want, host: '/var/run/postgresql' })).toBe('s');
  });
});
