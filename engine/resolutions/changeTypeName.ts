// Pure. changeTypeName(type) → the national change type (1 调入, 2 属性变更, 3 调出) named in both languages, for
// screens. The delivery package keeps CHANGE_TYPE_ZH: its Chinese is part of the package's fixed bytes.
import { say, type Bilingual } from '../i18n/index.ts';
import type { ChangeType } from './types.ts';

export function changeTypeName(type: ChangeType): Bilingual {
  if (type === 1) return say('resolutions.changeTypeName.added');
  if (type === 2) return say('resolutions.changeTypeName.attributes');
  return say('resolutions.changeTypeName.removed');
}
