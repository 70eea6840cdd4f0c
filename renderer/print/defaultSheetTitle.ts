// The 专题图's default title, from the workspace: the place the plans share (the common start of their titles up to
// its last 市/县/区/镇, e.g. 济源市) followed by 多规合一专题图; in English a plain title (plan titles are Chinese data).
import { message } from '../i18n/message.ts';

export function defaultSheetTitle(planTitles: readonly string[], language: 'zh' | 'en'): string {
  if (language === 'en') return message('en', 'printDefaultTitle');
  let common = planTitles[0] ?? '';
  for (const t of planTitles.slice(1)) {
    let i = 0;
    while (i < common.length && i < t.length && common[i] === t[i]) i++;
    common = common.slice(0, i);
  }
  const end = Math.max(common.lastIndexOf('市'), common.lastIndexOf('县'), common.lastIndexOf('区'), common.lastIndexOf('镇'));
  return message('zh', 'printDefaultTitle', { place: end >= 0 ? common.slice(0, end + 1) : '' });
}
