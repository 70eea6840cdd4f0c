// A station service failure as one line in the UI language (a StationFailure carries both languages).
import { errorText } from '../../i18n/describeError.ts';
import { StationFailure } from '../../services/station/types.ts';

export function describeStationError(error: unknown, language: 'zh' | 'en'): string {
  if (error instanceof StationFailure) return error.text[language];
  return errorText(error, language);
}
