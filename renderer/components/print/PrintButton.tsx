// The 专题图 button and the print dialog it opens (disabled while the workspace is empty: there is no map to print).
import { useState } from 'react';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { PrintDialog } from './PrintDialog.tsx';

export function PrintButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const empty = useEditor((s) => s.workspace.planOrder.length === 0);
  return (
    <>
      <button data-testid="print-map" disabled={empty} title={t('printOpenHint')} onClick={() => setOpen(true)}>{t('printOpen')}</button>
      {open && <PrintDialog onClose={() => setOpen(false)} />}
    </>
  );
}
