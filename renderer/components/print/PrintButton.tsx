// The 专题图 button and the print dialog it opens (disabled while the workspace is empty: there is no map to print).
import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';
// The dialog (and its drawing code) loads on first use, outside the first render's chunk.
const PrintDialog = lazy(() => import('./PrintDialog.tsx').then((m) => ({ default: m.PrintDialog })));

export function PrintButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const empty = useEditor((s) => s.workspace.planOrder.length === 0);
  return (
    <>
      <Button
        icon={<PrinterOutlined {...DECORATIVE_ICON} />}
        data-testid="print-map"
        disabled={empty}
        title={t('printOpenHint')}
        onClick={() => setOpen(true)}
      >
        {t('printOpen')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <PrintDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
