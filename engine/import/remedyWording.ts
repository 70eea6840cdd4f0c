// Pure. remedy(audience, what) → how a message tells the reader to fix an import: the CLI names its flags
// (--encoding, --crs, --mapping), the editor names the dialog's fields. The engine says the problem; the shell
// that asks chooses the words of the fix.

/** Who reads the import messages: the `lantu` command (default) or the editor's import dialog. */
export type ImportAudience = 'cli' | 'editor';

export interface Remedy {
  zh: string;
  en: string;
}

/** Re-read with this encoding (`utf-8`, `gbk`…), or, without one, choose the right encoding. */
export function encodingRemedy(audience: ImportAudience | undefined, encoding?: string): Remedy {
  if (audience === 'editor') {
    return encoding
      ? {
          zh: `请在“编码”中选择 ${encoding.toUpperCase()} 重新读取`,
          en: `choose ${encoding.toUpperCase()} under “Encoding” to read it again`,
        }
      : { zh: '请在“编码”中选择正确的编码（如 GBK）', en: 'choose the right one under “Encoding” (e.g. GBK)' };
  }
  return encoding
    ? { zh: `请用 --encoding ${encoding} 重新导入`, en: `re-import with --encoding ${encoding}` }
    : { zh: '请用 --encoding 指定（如 gbk）', en: 'give --encoding (e.g. gbk)' };
}

/** Give the source CRS (`EPSG:4526`), as an example or as the one to use. */
export function crsRemedy(audience: ImportAudience | undefined, epsg: string, example: boolean): Remedy {
  if (audience === 'editor') {
    return example
      ? { zh: `在“坐标系”中填写，例如 ${epsg}`, en: `enter it under “CRS”, e.g. ${epsg}` }
      : { zh: `在“坐标系”中填写 ${epsg} 重新读取`, en: `enter ${epsg} under “CRS” to read it again` };
  }
  return example
    ? { zh: `用 --crs 指定，例如 ${epsg}`, en: `give --crs, e.g. ${epsg}` }
    : { zh: `用 --crs ${epsg} 重新导入`, en: `re-import with --crs ${epsg}` };
}

/** Name the column of a required field. */
export function mappingRemedy(audience: ImportAudience | undefined): Remedy {
  return audience === 'editor'
    ? { zh: '请在字段映射中为它选择一列', en: 'choose a column for it in the field mapping' }
    : { zh: '请用 --mapping 给出', en: 'give it with --mapping' };
}
