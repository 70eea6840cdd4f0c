// Pure. The choices of the 用地用海 code picker for what was typed: codes whose code or name (Chinese, or English
// in any case) contains it, all while empty, at most 50 so the list stays short; each labelled with the code and
// its name in the chosen language (1001 工业用地 / 1001 Industrial land). The value is always the code.
import codeTable from '../../schemas/codes/ydyh-2023.json' with { type: 'json' };

const MAX_OPTIONS = 50;

export function ydyhOptions(typed: string, language: 'zh' | 'en'): { value: string; label: string }[] {
  const needle = typed.trim();
  const lower = needle.toLowerCase();
  const hits = needle
    ? codeTable.codes.filter((c) => c.code.includes(needle) || c.name.includes(needle) || c.nameEn.toLowerCase().includes(lower))
    : codeTable.codes;
  return hits.slice(0, MAX_OPTIONS).map((c) => ({ value: c.code, label: `${c.code} ${language === 'zh' ? c.name : c.nameEn}` }));
}
