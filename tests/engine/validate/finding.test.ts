import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { finding } from '../../../engine/validate/finding.ts';
import { messageFor } from '../../../engine/validate/messages.ts';

const feature = { index: 11, bsm: '419001000000000012' };
const made = () =>
  finding('missing-field', '/features/11/properties/YDYHFLDM', {
    feature,
    layer: 'GHYDYH',
    field: 'YDYHFLDM',
    fieldTitle: '用地用海分类代码',
  });

describe('a finding worded when its message is first read', () => {
  it('words the same message as before, with the field titled in English from the layer schema', () => {
    const f = made();
    expect(f.message).toEqual(
      messageFor('missing-field', { feature, field: 'YDYHFLDM', fieldTitle: '用地用海分类代码', fieldTitleEn: 'Land and sea use code' }),
    );
    expect(f.message.en).toContain('YDYHFLDM (Land and sea use code)');
    expect(f.message.zh).toContain('第 12 个要素');
    // Worded once: the same object on every read.
    expect(f.message).toBe(f.message);
  });

  it('is plain data to JSON, a spread, structuredClone and a message port, in the same key order', () => {
    const f = made();
    const json = JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['level', 'code', 'path', 'message', 'featureIndex', 'bsm', 'layer', 'field']);
    expect(json.message).toEqual(f.message);
    for (const copy of [{ ...f }, structuredClone(f)]) {
      expect(Object.getOwnPropertyDescriptor(copy, 'message')).toMatchObject({ value: f.message, writable: true });
      expect(copy).toEqual(json);
    }
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(f);
    expect(receiveMessageOnPort(port2)!.message).toEqual(json);
    port1.close();
    // Nothing but the message is added: the worded state is not an enumerable member.
    expect(Object.getOwnPropertySymbols(f).every((s) => !Object.getOwnPropertyDescriptor(f, s)!.enumerable)).toBe(true);
  });

  it('takes a message set on it', () => {
    const f = made();
    f.message = { zh: '改写', en: 'rewritten' };
    expect(f.message).toEqual({ zh: '改写', en: 'rewritten' });
    expect(JSON.parse(JSON.stringify(f)).message).toEqual({ zh: '改写', en: 'rewritten' });
  });
});
