// The coordinator's dock beside the map: 处置 (the selected conflict's resolution and bulk proposals) and
// 指标 (the indicator dashboard), 项目库 (并联审批 projects; a dropped boundary file switches to it), plus the platform bridge (menu commands, opened files) and the import,
// export and precedence-policy dialogs it opens.
import './coordinator.css';
import { useEffect, useState } from 'react';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { ReviewDialogsHost, ProjectsPanel } from '../review/ProjectsPanel.tsx';
import { usePlatformBridge } from '../../app/usePlatformBridge.ts';
import { IndicatorDashboard } from '../dashboard/IndicatorDashboard.tsx';
import { ImportDialog } from '../ImportDialog.tsx';
import { BulkProposals } from './BulkProposals.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { PolicyDialog } from './PolicyDialog.tsx';
import { ResolvePanel } from './ResolvePanel.tsx';
import { ReceiptPanel } from '../exchange/ReceiptPanel.tsx';
import { SubmissionDialog } from '../exchange/SubmissionDialog.tsx';
import { SubmitPlanDialog } from '../exchange/SubmitPlanDialog.tsx';
import { useTrustedKeys } from '../exchange/useTrustedKeys.ts';

export function CoordinatorDock() {
  const t = useT();
  const pendingSubmission = useEditor((s) => s.pendingSubmission);
  const trustedKeys = useTrustedKeys(pendingSubmission);
  const [tab, setTab] = useState<'resolve' | 'dashboard' | 'projects' | 'receipt'>('resolve');
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
  const zh = useEditor((s) => s.language) === 'zh';
  const bridge = usePlatformBridge();
  return (
    <aside className="coordinator" data-testid="coordinator-dock">
      <div className="tabs">
        <button className={tab === 'resolve' ? 'active' : ''} data-testid="resolve-tab" onClick={() => setTab('resolve')}>
          {t('resolveTab')}
        </button>
        <button className={tab === 'dashboard' ? 'active' : ''} data-testid="dashboard-tab" onClick={() => {
            setTab('dashboard');
            setDashboardSeen(true);
          }}
        >
          {t('dashboardTab')}
        </button>
        <button className={tab === 'projects' ? 'active' : ''} data-testid="projects-tab" onClick={() => setTab('projects')}>
          {t('projectsTab')}
        </button>
        <button className={tab === 'receipt' ? 'active' : ''} data-testid="receipt-tab" onClick={() => setTab('receipt')}>
          {t('receiptTab')}
        </button>
        <button data-testid="export-open" onClick={bridge.openExport}>
          {t('exportButton')}
        </button>
        <button data-testid="package-open" onClick={() => void bridge.openPackage()}>
          {t('packageOpen')}
        </button>
        <button data-testid="policy-open" onClick={() => setPolicyOpen(true)}>
          {t('policyOpen')}
        </button>
        <button data-testid="submit-plan-open" onClick={() => setSubmitOpen(true)}>
          {zh ? '导出报送包' : 'Export submission'}
        </button>
      </div>
      {tab === 'resolve' && (
        <>
          <ResolvePanel />
          <BulkProposals />
        </>
      )}
      {/* Mounted on first view and then kept, so its cache makes each recomputation after an edit cheap. */}
      {dashboardSeen && (
        <div hidden={tab !== 'dashboard'}>
          <IndicatorDashboard />
        </div>
      )}
      {tab === 'projects' && <ProjectsPanel />}
      {tab === 'receipt' && <ReceiptPanel />}
      <ReviewDialogsHost />
      {bridge.importRequested && (
        <ImportDialog onClose={bridge.closeImport} initialFiles={bridge.handedOver} />
      )}
      {bridge.exportRequested && <ExportDialog onClose={bridge.closeExport} />}
      {policyOpen && <PolicyDialog onClose={() => setPolicyOpen(false)} />}
      {submitOpen && <SubmitPlanDialog onClose={() => setSubmitOpen(false)} />}
      {trustedKeys && <SubmissionDialog trustedKeys={trustedKeys} />}
      {bridge.importRequested && bridge.handedOver.length > 0 && (
        <p className="handed-over" role="status" data-testid="handed-over">
          {t('handedOverFiles')} {bridge.handedOver.map((f) => f.name).join('、')}
        </p>
      )}
    </aside>
  );
}
