// The "导入部门规划" button and the import dialog it opens (one instance per place it appears).
import { useState } from 'react';
import { Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useT } from '../app/StoreContext.tsx';
import { LazyImportDialog } from './LazyImportDialog.tsx';
import { DECORATIVE_ICON } from './decorativeIcon.ts';

export function ImportButton({ primary = false }: { primary?: boolean }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <Button
        type={primary ? 'primary' : 'default'}
        size={primary ? 'middle' : undefined}
        icon={<ImportOutlined {...DECORATIVE_ICON} />}
        data-testid="import-plans"
        onClick={() => setOpen(true)}
      >
        {t('importPlans')}
      </Button>
      {open && <LazyImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
