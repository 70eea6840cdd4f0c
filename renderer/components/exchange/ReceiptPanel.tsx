// The 回执 tab: for the blueprint package opened last, per department, what happened to its features — changed by
// which resolution (log number, kind, rule, reason, who and when), removed, added — with the package's signature
// status, the count of features kept, and the map filter (which outcomes the map draws over the plans).
import './receipt.css';
import { Checkbox } from 'antd';
import { RECEIPT_OUTCOME_LABEL, type ReceiptOutcome } from '../../../engine/exchange/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { RECEIPT_OUTCOMES } from '../../services/exchange/packageReceipts.ts';
import { ImportChoice } from '../ImportChoice.tsx';

/** Rows listed at most (a department's whole plan can be 300k features; the kept ones are only counted). */
const MAX_ROWS = 500;

export function ReceiptPanel() {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const receipt = useEditor((s) => s.receipt);
  const department = useEditor((s) => s.receiptDepartment);
  const outcomes = useEditor((s) => s.receiptOutcomes);
  if (!receipt)
    return (
      <p className="receipt-none" data-testid="receipt-none">
        {t('receiptNone')}
      </p>
    );
  const current = receipt.receipts.find((r) => r.department === department) ?? receipt.receipts[0];
  const listed = current ? current.rows.filter((r) => r.outcome !== 'kept') : [];
  const toggle = (o: ReceiptOutcome, on: boolean) =>
    store.getState().setReceiptOutcomes(on ? [...outcomes, o] : outcomes.filter((x) => x !== o));
  const c = current?.counts ?? { kept: 0, changed: 0, removed: 0, added: 0 };
  return (
    <div className="receipt" data-testid="receipt-panel">
      <h4>{t('receiptTitle')}</h4>
      <p className={`receipt-signature receipt-signature-${receipt.signature.status}`} data-testid="receipt-signature">
        {receipt.signature.message[language]}
      </p>
      <label>
        {t('receiptDepartment')}
        <ImportChoice
          testId="receipt-department"
          value={current?.department ?? ''}
          onChange={(v) => store.getState().setReceiptDepartment(v)}
          // The departments are the package's own names (user data).
          options={receipt.receipts.map((r) => ({
            value: r.department,
            label: <span data-user-text="">{r.department}</span>,
            title: r.department,
          }))}
        />
      </label>
      {current && (
        <p data-testid="receipt-counts">
          {/* The plans' titles and versions are user data. */}
          <span data-user-text="">{current.plans.map((p) => `${p.title}（${p.version}）`).join('、')}</span>
          {t('labelColon')}
          {t('receiptCounts')
            .replace('{kept}', String(c.kept))
            .replace('{changed}', String(c.changed))
            .replace('{removed}', String(c.removed))
            .replace('{added}', String(c.added))}
        </p>
      )}
      <fieldset className="receipt-filter" data-testid="receipt-filter">
        <legend>{t('receiptMapFilter')}</legend>
        {RECEIPT_OUTCOMES.map((o) => (
          <Checkbox
            key={o}
            className={`receipt-outcome-${o}`}
            data-testid={`receipt-filter-${o}`}
            checked={outcomes.includes(o)}
            onChange={(e) => toggle(o, e.target.checked)}
          >
            {RECEIPT_OUTCOME_LABEL[o][language]}
          </Checkbox>
        ))}
      </fieldset>
      <table className="receipt-table" data-testid="receipt-table">
        <thead>
          <tr>
            <th>{t('receiptOutcome')}</th>
            <th>{t('receiptFeature')}</th>
            <th>{t('receiptResolution')}</th>
          </tr>
        </thead>
        <tbody>
          {listed.slice(0, MAX_ROWS).map((row) => (
            <tr
              key={`${row.planId}/${row.featureId}`}
              data-testid="receipt-row"
              data-outcome={row.outcome}
              onClick={() => store.getState().select({ planId: row.planId as never, featureId: row.featureId as never })}
            >
              <td className={`receipt-outcome-${row.outcome}`}>{RECEIPT_OUTCOME_LABEL[row.outcome][language]}</td>
              <td>
                {row.layer} {row.bsm || row.featureId}
                {row.name && (
                  <div className="receipt-name" data-user-text="">
                    {row.name}
                  </div>
                )}
              </td>
              <td>
                {row.resolutions.map((r) => (
                  <div key={`${r.logNumber}/${r.conflictKey}`} className="receipt-resolution">
                    <b>{r.logNumber}</b> {language === 'zh' ? r.kindZh : r.kind} {r.ruleId}
                    <div>
                      {t('receiptReason')}
                      {t('labelColon')}
                      <span data-user-text="">{r.reason}</span>
                    </div>
                    <div className="receipt-decided" data-user-text="">
                      {r.decidedBy} {r.decidedAt}
                    </div>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
