// Pure. The conflict list's column widths for a table `tableWidthPx` wide: the departments column never narrower
// than its widest pair of short department names (and a little of each side's name), the rule title giving way
// first (down to RULE_MIN_PX, its full text in the tooltip). When even that does not fit, the total exceeds the
// table's width and the table scrolls sideways rather than cutting a department.

export interface ConflictColumnWidths {
  severityPx: number;
  rulePx: number;
  partiesPx: number;
  areaPx: number;
  townPx: number;
  statusPx: number;
  totalPx: number;
}

const RULE_MAX_PX = 260;
const RULE_MIN_PX = 120;
/** Cell padding (8 px each side in antd's small table) and the gaps between the names and the "×". */
const PARTIES_CHROME_PX = 16 + 4 * 4;
/** What each side's own name keeps beside its department before it gives way to an ellipsis. */
const NAME_MIN_PX = 36;

export function conflictColumnWidths(tableWidthPx: number, language: 'zh' | 'en', departmentPairPx: number): ConflictColumnWidths {
  const severityPx = language === 'zh' ? 84 : 92;
  const areaPx = 150;
  const townPx = 90;
  const statusPx = language === 'zh' ? 80 : 110;
  const partiesMinPx = Math.ceil(departmentPairPx + PARTIES_CHROME_PX + 2 * NAME_MIN_PX);
  const fixedPx = severityPx + areaPx + townPx + statusPx;
  const rulePx = Math.max(RULE_MIN_PX, Math.min(RULE_MAX_PX, tableWidthPx - fixedPx - partiesMinPx));
  const partiesPx = Math.max(partiesMinPx, tableWidthPx - fixedPx - rulePx);
  return { severityPx, rulePx, partiesPx, areaPx, townPx, statusPx, totalPx: fixedPx + rulePx + partiesPx };
}
