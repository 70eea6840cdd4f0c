import { describe, expect, it } from 'vitest';
import { INVOKE_METHODS, MAX_REPORT_HTML_CHARS, validateIpcRequest } from '../../../engine/ipc/index.ts';
import { MALFORMED_REQUESTS, VALID_REQUESTS } from './ipcRequestExamples.ts';

describe('validateIpcRequest', () => {
  it('has a valid and malformed examples for every invoke channel', () => {
    expect(Object.keys(VALID_REQUESTS).sort()).toEqual([...INVOKE_METHODS].sort());
    for (const method of INVOKE_METHODS) expect(MALFORMED_REQUESTS[method].length).toBeGreaterThan(0);
  });

  it.each(INVOKE_METHODS)('accepts a well-formed %s request', (method) => {
    expect(validateIpcRequest(method, VALID_REQUESTS[method]).ok).toBe(true);
  });

  it.each(INVOKE_METHODS)('rejects malformed %s requests with a bad-request error', (method) => {
    for (const value of MALFORMED_REQUESTS[method]) {
      const result = validateIpcRequest(method, value);
      expect(result.ok, JSON.stringify(value)?.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
  });

  it('names the channel, the field, what was expected and what was found', () => {
    const zh = validateIpcRequest('readFileBytes', { fileId: 42 });
    expect(!zh.ok && zh.error.message).toBe(
      'IPC 请求 file:read-bytes 被拒绝：字段 "fileId"应为主进程授予的文件标识（8–64 位字母、数字或连字符），实际为 number 42。',
    );
    const en = validateIpcRequest('setUiLanguage', { language: 'fr' }, 'en');
    expect(!en.ok && en.error.message).toBe(
      'IPC request app:set-language rejected: field "language": expected one of zh / en, found "fr".',
    );
  });

  it('refuses report HTML for a PDF that is too long or not a string, naming the field and what was found', () => {
    const long = validateIpcRequest('saveReportPdf', { suggestedName: '报告.pdf', html: 'x'.repeat(MAX_REPORT_HTML_CHARS + 1) }, 'en');
    expect(!long.ok && long.error.message).toBe(
      `IPC request file:save-report-pdf rejected: field "html": expected a string of 1 to ${MAX_REPORT_HTML_CHARS} characters, found string(${MAX_REPORT_HTML_CHARS + 1}).`,
    );
    const bytes = validateIpcRequest('saveReportPdf', { suggestedName: '报告.pdf', html: new Uint8Array(4) });
    expect(!bytes.ok && bytes.error.message).toBe(
      `IPC 请求 file:save-report-pdf 被拒绝：字段 "html"应为1 至 ${MAX_REPORT_HTML_CHARS} 个字符的字符串，实际为 Uint8Array(4)。`,
    );
    expect(validateIpcRequest('saveReportPdf', { suggestedName: '报告.pdf', html: 'x'.repeat(MAX_REPORT_HTML_CHARS) }).ok).toBe(true);
  });

  it('rejects objects with a prototype other than Object (no class instances or prototype tricks)', () => {
    class Sneaky {
      purpose = 'plan';
    }
    expect(validateIpcRequest('chooseFilesToOpen', new Sneaky()).ok).toBe(false);
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'refuses an extra field named after an Object.prototype member (%s)',
    (key) => {
      const result = validateIpcRequest('chooseFilesToOpen', { purpose: 'plan', [key]: 'x' }, 'en');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toBe(`IPC request file:choose-open rejected: unexpected field "${key}".`);
    },
  );

  it('refuses an own "__proto__" field, as JSON.parse and structured clone create it', () => {
    const value = JSON.parse('{"purpose":"plan","__proto__":{"x":1}}') as unknown;
    const result = validateIpcRequest('chooseFilesToOpen', value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('多余的字段 "__proto__"');
  });

  it('refuses a symbol-keyed extra field', () => {
    expect(validateIpcRequest('chooseFilesToOpen', { purpose: 'plan', [Symbol('x')]: 1 }).ok).toBe(false);
  });
});
