// Pins every refusal wording of validateIpcRequest in both languages (moved into the engine catalogue byte for byte).
import { describe, expect, it } from 'vitest';
import { validateIpcRequest, type InvokeMethod } from '../../../engine/ipc/index.ts';

const refusal = (method: InvokeMethod, value: unknown): string =>
  (['zh', 'en'] as const)
    .map((lang) => {
      const read = validateIpcRequest(method, value, lang);
      return read.ok ? 'ok' : read.error.message;
    })
    .join(' | ');

describe('IPC refusals', () => {
  it('name the channel, the field, what was expected and what was found, in the chosen language', () => {
    expect([
      refusal('chooseFilesToOpen', { purpose: 'x' }),
      refusal('chooseFilesToOpen', 7),
      refusal('chooseFilesToOpen', {}),
      refusal('chooseFilesToOpen', { purpose: 'plan', extra: 1 }),
      refusal('chooseFilesToOpen', { purpose: 'plan', [Symbol('s')]: 1 }),
      refusal('readFileBytes', { fileId: 'short' }),
      refusal('saveFileBytes', { suggestedName: '', format: 'zip' }),
      refusal('saveFileBytes', { suggestedName: 'a/b.zip', format: 'zip' }),
      refusal('getPublishedVersion', { id: '' }),
      refusal('readDataSourceLayer', { id: 'a', layer: '' }),
      refusal('getAppInfo', { x: 1 }),
      refusal('saveFileBytes', { suggestedName: 'a.zip', format: 'zip', bytes: 'no' }),
      refusal('signWithStation', { message: [1] }),
      refusal('addDataSource', { name: 'n', connection: 'c', schema: '1x' }),
      refusal('addDataSource', { name: 'n', connection: 'c', clearPassword: false }),
    ]).toMatchInlineSnapshot(`
      [
        "IPC 请求 file:choose-open 被拒绝：字段 "purpose"应为以下之一：plan / workspace，实际为 "x"。 | IPC request file:choose-open rejected: field "purpose": expected one of plan / workspace, found "x".",
        "IPC 请求 file:choose-open 被拒绝：参数应为对象，实际为 number 7。 | IPC request file:choose-open rejected: the argument: expected an object, found number 7.",
        "IPC 请求 file:choose-open 被拒绝：缺少字段 "purpose"。 | IPC request file:choose-open rejected: field "purpose" is missing.",
        "IPC 请求 file:choose-open 被拒绝：多余的字段 "extra"。 | IPC request file:choose-open rejected: unexpected field "extra".",
        "IPC 请求 file:choose-open 被拒绝：多余的符号字段。 | IPC request file:choose-open rejected: unexpected symbol field.",
        "IPC 请求 file:read-bytes 被拒绝：字段 "fileId"应为主进程授予的文件标识（8–64 位字母、数字或连字符），实际为 "short"。 | IPC request file:read-bytes rejected: field "fileId": expected a file id granted by main (8–64 letters, digits or hyphens), found "short".",
        "IPC 请求 file:save-bytes 被拒绝：字段 "suggestedName"应为1 至 255 个字符的字符串，实际为 ""。 | IPC request file:save-bytes rejected: field "suggestedName": expected a string of 1 to 255 characters, found "".",
        "IPC 请求 file:save-bytes 被拒绝：字段 "suggestedName"应为不含路径分隔符和保留字符的文件名，实际为 "a/b.zip"。 | IPC request file:save-bytes rejected: field "suggestedName": expected a file name without path separators or reserved characters, found "a/b.zip".",
        "IPC 请求 datasource:get-published-version 被拒绝：字段 "id"应为数据源标识（1–64 位字母、数字或连字符），实际为 ""。 | IPC request datasource:get-published-version rejected: field "id": expected a data source id (1–64 letters, digits or hyphens), found "".",
        "IPC 请求 datasource:read-layer 被拒绝：字段 "layer"应为图层名 schema.table（至多 200 个字符），实际为 ""。 | IPC request datasource:read-layer rejected: field "layer": expected a layer name schema.table (at most 200 characters), found "".",
        "IPC 请求 app:get-info 被拒绝：不应带参数，实际为 object。 | IPC request app:get-info rejected: expected no argument, found object.",
        "IPC 请求 file:save-bytes 被拒绝：字段 "bytes"应为Uint8Array 字节数组，实际为 "no"。 | IPC request file:save-bytes rejected: field "bytes": expected a Uint8Array, found "no".",
        "IPC 请求 station:sign-bytes 被拒绝：字段 "message"应为至多 16000000 字节的 Uint8Array，实际为 array(1)。 | IPC request station:sign-bytes rejected: field "message": expected a Uint8Array of at most 16000000 bytes, found array(1).",
        "IPC 请求 datasource:add-source 被拒绝：字段 "schema"应为PostgreSQL 标识符（字母、数字、下划线，至多 63 个字符），实际为 "1x"。 | IPC request datasource:add-source rejected: field "schema": expected a PostgreSQL identifier (letters, digits, underscore, at most 63 characters), found "1x".",
        "IPC 请求 datasource:add-source 被拒绝：字段 "clearPassword"应为true，实际为 boolean false。 | IPC request datasource:add-source rejected: field "clearPassword": expected true, found boolean false.",
      ]
    `);
  });
});
