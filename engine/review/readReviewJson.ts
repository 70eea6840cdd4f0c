// Pure. readDepartments(bytes, fileName) and readReviewPack(bytes, fileName, departments): the department list
// and a review pack from a file's bytes (strict UTF-8, a BOM allowed, JSON limits against hostile input), then
// their loaders. Decoding errors are worded like the loaders' errors, naming the file. Never throws.
import { decodeJsonBytes } from '../validate/decodeJsonBytes.ts';
import { loadDepartments, type DepartmentsLoad } from './loadDepartments.ts';
import { loadReviewPack, type ReviewPackLoad } from './loadReviewPack.ts';
import type { ReviewLoadError } from './reviewLoadError.ts';
import type { Department } from './types.ts';
import { say } from '../i18n/index.ts';

function decode(bytes: Uint8Array, fileName: string, what: { zh: string; en: string }): { value: unknown } | { errors: ReviewLoadError[] } {
  const decoded = decodeJsonBytes(bytes);
  if ('value' in decoded) return { value: decoded.value };
  const errors = decoded.findings
    .filter((f) => f.level === 'fatal')
    .map((f) => {
      const empty = f.code === 'empty-file';
      return {
        path: f.path,
        zh: `${fileName}：${empty ? `文件为空，不是${what.zh}` : f.message.zh}`,
        en: `${fileName}: ${empty ? `the file is empty, not a ${what.en}` : f.message.en}`,
      };
    });
  return { errors };
}

export function readDepartments(bytes: Uint8Array, fileName: string): DepartmentsLoad {
  const d = decode(bytes, fileName, say('review.readReviewJson.d'));
  return 'errors' in d ? { ok: false, errors: d.errors } : loadDepartments(d.value, fileName);
}

export function readReviewPack(bytes: Uint8Array, fileName: string, departments: readonly Department[]): ReviewPackLoad {
  const d = decode(bytes, fileName, say('review.readReviewJson.d-2'));
  return 'errors' in d ? { ok: false, errors: d.errors } : loadReviewPack(d.value, departments, fileName);
}
