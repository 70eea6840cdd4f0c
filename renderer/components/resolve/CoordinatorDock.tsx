// The coordinator's dock beside the map: 处置 (the selected conflict's resolution and bulk proposals) and
// 指标 (the indicator dashboard), 项目库 (并联审批 projects; a dropped boundary file switches to it), plus the platform bridge (menu commands, opened files) and the import,
// export and precedence-policy dialogs it opens.
import './coordinator.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from 'antd';
import { ExportOutlined, FolderOpenOutlined, OrderedListOutlined, SendOutlined } from '@ant-design/icons';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { ReviewDialogsHost, ProjectsPanel } from '../review/ProjectsPanel.tsx';
import { usePlatformBridge } from '../../app/usePlatformBridge.ts';
import { BulkProposals } from './BulkProposals.tsx';
import { ResolvePanel } from './ResolvePanel.tsx';
import { useTrustedKeys } from '../exchange/useTrustedKeys.ts';
import { LazyImportDialog } from '../LazyImportDialog.tsx';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';

// Dialogs and tabs not shown at start load on first use (their chunks stay out of the first render).
const SubmitPlanDialog = lazy(() => import('../exchange/SubmitPlanDialog.tsx').then((m) => ({ default: m.SubmitPlanDialog })));
const SubmissionDialog = lazy(() => import('../exchange/SubmissionDialog.tsx').then((m) => ({ default: m.SubmissionDialog })));
const ReceiptPanel = lazy(() => import('../exchange/ReceiptPanel.tsx').then((m) => ({ default: m.ReceiptPanel })));
const PolicyDialog = lazy(() => import('./PolicyDialog.tsx').then((m) => ({ default: m.PolicyDialog })));
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));
const IndicatorDashboard = lazy(() => import('../dashboard/IndicatorDashboard.tsx').then((m) => ({ default: m.IndicatorDashboard })));

type DockTabKey = 'resolve' | 'dashboard' | 'projects' | 'receipt';
const TABS: [DockTabKey, MessageKey][] = [
  ['resolve', 'resolveTab'],
  ['dashboard', 'dashboardTab'],
  ['projects', 'projectsTab'],
  ['receipt', 'receiptTab'],
];

export function CoordinatorDock() {
  const t = useT();
  const pendingSubmission = useEditor((s) => s.pendingSubmission);
  const trustedKeys = useTrustedKeys(pendingSubmission);
  const [tab, setTab] = useState<DockTabKey>('resolve');
  const boundaryWaiting = useEditor((s) => s.pendingBoundaries.length > 0 || s.pendingOpinions.length > 0);
  useEffect(() => {
    if (boundaryWaiting) setTab('projects');
  }, [boundaryWaiting]);
  // An opened package with a 回执 shows it at once.
  const receipt = useEditor((s) => s.receipt);
  useEffect(() => {
    if (receipt) setTab('receipt');
  }, [receipt]);
  const [dashboardSeen, setDashboardSeen] = useState(false);
  const [policyOpen, setPolicyOpen] = useState(false);
  const [submitOpen, setSubmitOpen] = useState(false);
  const bridge = usePlatformBridge();
  return (
    <aside className="coordinator" data-testid="coordinator-dock">
      <div className="tabs dock-tab-row">
        {TABS.map(([key, label]) => (
          <Button
            key={key}
            type={tab === key ? 'primary' : 'default'}
            className={tab === key ? 'active' : ''}
            data-testid={`${key}-tab`}
            onClick={() => {
              setTab(key);
              if (key === 'dashboard') setDashboardSeen(true);
            }}
          >
            {t(label)}
          </Button>
        ))}
      </div>
      <div className="dock-actions">
        <Button size="small" icon={<ExportOutlined {...DECORATIVE_ICON} />} data-testid="export-open" onClick={bridge.openExport}>
          {t('exportButton')}
        </Button>
        <Button
          size="small"
          icon={<FolderOpenOutlined {...DECORATIVE_ICON} />}
          data-testid="package-open"
          onClick={() => void bridge.openPackage()}
        >
          {t('packageOpen')}
        </Button>
        <Button
          size="small"
          icon={<OrderedListOutlined {...DECORATIVE_ICON} />}
          data-testid="policy-open"
          onClick={() => setPolicyOpen(true)}
        >
          {t('policyOpen')}
        </Button>
        <Button
          size="small"
          icon={<SendOutlined {...DECORATIVE_ICON} />}
          data-testid="submit-plan-open"
          onClick={() => setSubmitOpen(true)}
        >
          {t('exportSubmission')}
        </Button>
      </div>
      {tab === 'resolve' && (
        <>
          <ResolvePanel />
          <BulkProposals />
        </>
      )}
      {/* Mounted on first view and then kept, so its cache makes each recomputation after an edit cheap. */}
      <Suspense fallback={null}>
        {dashboardSeen && (
          <div hidden={tab !== 'dashboard'}>
            <IndicatorDashboard />
          </div>
        )}
        {tab === 'projects' && <ProjectsPanel />}
        {tab === 'receipt' && <ReceiptPanel />}
      </Suspense>
      <ReviewDialogsHost />
      <Suspense fallback={null}>
        {bridge.importRequested && <LazyImportDialog onClose={bridge.closeImport} initialFiles={bridge.handedOver} />}
        {bridge.exportRequested && <ExportDialog onClose={bridge.closeExport} />}
        {policyOpen && <PolicyDialog onClose={() => setPolicyOpen(false)} />}
        {submitOpen && <SubmitPlanDialog onClose={() => setSubmitOpen(false)} />}
        {trustedKeys && <SubmissionDialog trustedKeys={trustedKeys} />}
      </Suspense>
      {bridge.importRequested && bridge.handedOver.length > 0 && (
        <p className="handed-over" role="status" data-testid="handed-over">
          {t('handedOverFiles')} {bridge.handedOver.map((f) => f.name).join('、')}
        </p>
      )}
    </aside>
  );
}
