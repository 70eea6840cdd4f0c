// The 专题图 button and the print dialog it opens (disabled while the workspace is empty: there is no map to print).
import { useState } from 'react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { PrintDialog } from './PrintDialog.tsx';

export function PrintButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const empty = useEditor((s) => s.workspace.planOrder.length === 0);
  return (
    <>
      <Button icon={<PrinterOutlined />} data-testid="print-map" disabled={empty} title={t('printOpenHint')} onClick={() => setOpen(true)}>
        {t('printOpen')}
      </Button>
      {open && <PrintDialog onClose={() => setOpen(false)} />}
    </>
  );
}
