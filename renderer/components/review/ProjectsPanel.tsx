// The 项目库 tab of the coordinator's dock: a button to choose a boundary file (dropping one works too), the
// register, and, for the selected project, its report and the coordinator's opinion actions. The boundary
// dialog opens whenever a boundary file is waiting (dropped anywhere on the window).
import './review.css';
import { useRef, useState } from 'react';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { useReviews } from '../../app/ReviewContext.tsx';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { ReportDialog } from './ReportDialog.tsx';
import { BoundaryImportDialog } from './BoundaryImportDialog.tsx';
import { CoordinatorActions } from './CoordinatorActions.tsx';
import { DepartmentOpinionDialog } from './DepartmentOpinionDialog.tsx';
import { OpinionImportHost } from './OpinionImportHost.tsx';
import { ProjectRegister } from './ProjectRegister.tsx';

export function ProjectsPanel() {
  const t = useT();
  const store = useEditorStore();
  const input = useRef<HTMLInputElement>(null);
  const drawing = useEditor((s) => s.drawingBoundary);
  const reviews = useReviews();
  const [report, setReport] = useState<{ title: string; html: string } | null>(null);
  async function openReport(projectId: string) {
    const project = store.getState().workspace.projects?.find((p) => p.project.id === projectId);
    const html = await reviews?.reportHtml(projectId);
    if (!project) return;
    if (!html) {
      store.getState().notify(catalogueNotice('info', 'reportNotReady', { project: project.properties.XMMC }));
      return;
    }
    setReport({ title: project.properties.XMMC, html });
  }
  const [typing, setTyping] = useState(false);
  const [table, setTable] = useState('');
  const [zone, setZone] = useState('');
  return (
    <div className="projects-panel" data-testid="projects-panel">
      <div className="register-toolbar">
        <button data-testid="boundary-open" onClick={() => input.current?.click()}>
          {t('boundaryOpen')}
        </button>
        <button data-testid="boundary-type" className={typing ? 'active' : ''} onClick={() => setTyping(!typing)}>
          {t('boundaryType')}
        </button>
        <button
          data-testid="boundary-draw"
          className={drawing ? 'active' : ''}
          onClick={() => store.getState().setDrawingBoundary(!drawing)}
        >
          {t('boundaryDraw')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".txt,.dxf,.dwg,.geojson,.zip"
          hidden
          data-testid="boundary-input"
          onChange={async (e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
            store.getState().setPendingBoundaries([...store.getState().pendingBoundaries, ...read]);
          }}
        />
      </div>
      {typing && (
        <div className="boundary-table" data-testid="boundary-table">
          <textarea
            rows={6}
            data-testid="boundary-table-text"
            placeholder={t('boundaryTypeHint')}
            value={table}
            onChange={(e) => setTable(e.target.value)}
          />
          <label className="inline">
            {t('boundaryZone')}{' '}
            <input data-testid="boundary-table-zone" inputMode="numeric" value={zone} onChange={(e) => setZone(e.target.value)} />
          </label>
          <button
            data-testid="boundary-table-read"
            onClick={() => {
              const s = store.getState();
              const z = Number.parseInt(zone, 10);
              s.setPendingBoundaries([
                ...s.pendingBoundaries,
                {
                  name: t('boundaryTypedName'),
                  bytes: new Uint8Array(),
                  typed: { text: table, ...(Number.isFinite(z) ? { zone: z } : {}) },
                },
              ]);
              setTyping(false);
            }}
          >
            {t('boundaryTypeRead')}
          </button>
        </div>
      )}
      <ProjectRegister
        actions={(id) => <CoordinatorActions projectId={id} {...(reviews ? { onReport: () => void openReport(id) } : {})} />}
      />
      {report && <ReportDialog title={report.title} html={report.html} onClose={() => setReport(null)} />}
    </div>
  );
}

/** Mounted by the dock at all times: the boundary dialog and the department's dialog for the first waiting
 *  file of each, and the import of 部门意见 files. */
export function ReviewDialogsHost() {
  const boundary = useEditor((s) => s.pendingBoundaries.length > 0);
  const consultation = useEditor((s) => s.pendingConsultations.length > 0);
  return (
    <>
      {boundary && <BoundaryImportDialog />}
      {!boundary && consultation && <DepartmentOpinionDialog />}
      <OpinionImportHost />
    </>
  );
}
