// Pure. remedy(audience, what) → how a message tells the reader to fix an import: the CLI names its flags
// (--encoding, --crs, --mapping), the editor names the dialog's fields. The engine says the problem; the shell
// that asks chooses the words of the fix.
import { say } from '../i18n/index.ts';

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
      ? say('import.remedyWording.encodingRemedy', { encoding: encoding.toUpperCase() })
      : say('import.remedyWording.encodingRemedy-2');
  }
  return encoding ? say('import.remedyWording.encodingRemedy-3', { encoding }) : say('import.remedyWording.encodingRemedy-4');
}

/** Give the source CRS (`EPSG:4526`), as an example or as the one to use. */
export function crsRemedy(audience: ImportAudience | undefined, epsg: string, example: boolean): Remedy {
  if (audience === 'editor') {
    return example ? say('import.remedyWording.crsRemedy', { epsg }) : say('import.remedyWording.crsRemedy-2', { epsg });
  }
  return example ? say('import.remedyWording.crsRemedy-3', { epsg }) : say('import.remedyWording.crsRemedy-4', { epsg });
}

/** Name the column of a required field. */
export function mappingRemedy(audience: ImportAudience | undefined): Remedy {
  return audience === 'editor' ? say('import.remedyWording.mappingRemedy') : say('import.remedyWording.mappingRemedy-2');
}
