// Staff manage the workspace's department list (the one the import dialog, the layer tree, the conflict list
// and the project review use): add a department or edit one's names and plan kinds. The new list is checked by
// the engine's loadDepartments and recorded with one `setDepartments` command, so it can be undone like any edit.
// A plain table, not antd Table: its scrollbar probe injects a <style> without the CSP nonce.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { PLAN_KINDS, type PlanKind } from '../../engine/model/index.ts';
import { loadDepartments, type Department } from '../../engine/review/index.ts';
import { modalContainer } from './modalContainer.ts';
import { useEditor, useEditorStore, useT } from '../app/StoreContext.tsx';
import type { MessageKey } from '../i18n/dictionary.ts';
import { workspaceDepartments } from '../services/review/workspaceDepartments.ts';

const KIND_NAMES: Readonly<Record<PlanKind, MessageKey>> = {
  land: 'departmentListKindLand',
  ecology: 'departmentListKindEcology',
  industry: 'departmentListKindIndustry',
  transport: 'departmentListKindTransport',
};

interface DepartmentForm {
  id: string;
  nameZh: string;
  shortZh: string;
  nameEn: string;
  shortEn: string;
  planKinds: PlanKind[];
}

const EMPTY: DepartmentForm = { id: '', nameZh: '', shortZh: '', nameEn: '', shortEn: '', planKinds: [] };

export function DepartmentListDialog({ onClose, onChosen }: { onClose: () => void; onChosen?: (id: string) => void }) {
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const zh = language === 'zh';
  const t = useT();
  const list = workspaceDepartments(useEditor((s) => s.workspace));
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<DepartmentForm>(EMPTY);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<DepartmentForm>) => setDraft({ ...draft, ...patch });

  function edit(d: Department | null) {
    setErrors([]);
    setEditing(d?.id ?? '');
    setDraft(
      d ? { id: d.id, nameZh: d.nameZh, shortZh: d.shortZh, nameEn: d.nameEn, shortEn: d.shortEn, planKinds: [...d.planKinds] } : EMPTY,
    );
  }

  function save() {
    const before = list.find((d) => d.id === editing);
    const department: Department = {
      kind: before?.kind ?? 'other',
      responsibilitiesZh: before?.responsibilitiesZh ?? draft.nameZh.trim(),
      responsibilitiesEn: before?.responsibilitiesEn ?? (draft.nameEn.trim() || draft.nameZh.trim()),
      id: draft.id.trim(),
      nameZh: draft.nameZh.trim(),
      shortZh: draft.shortZh.trim(),
      nameEn: draft.nameEn.trim(),
      shortEn: draft.shortEn.trim(),
      planKinds: draft.planKinds,
    };
    const after = before ? list.map((d) => (d.id === before.id ? department : d)) : [...list, department];
    const checked = loadDepartments(
      // The list's own title, as the department-list file would carry it (not shown).
      { schemaVersion: '1.0.0', id: 'workspace-departments', title: '部门名录', departments: after },
      t('departmentListDocument'),
    );
    if (!checked.ok) {
      setErrors(checked.errors.map((e) => e[language]));
      return;
    }
    const s = store.getState();
    s.execute({ kind: 'setDepartments', before: s.workspace.departments ? [...s.workspace.departments] : null, after });
    onChosen?.(department.id);
    setEditing(null);
  }

  return (
    <Modal
      open
      centered
      getContainer={modalContainer}
      width="min(860px, 94vw)"
      title={t('departmentListTitle')}
      onCancel={onClose}
      footer={
        <Button data-testid="departments-close" onClick={onClose}>
          {t('departmentListClose')}
        </Button>
      }
    >
      <div data-testid="department-list">
        <div className="department-table">
          <table className="import-mapping">
            <thead>
              <tr>
                <th>{t('departmentListShortName')}</th>
                <th>{t('departmentListFullName')}</th>
                <th>{t('departmentListPlans')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.id}>
                  <td>{zh ? d.shortZh : d.shortEn}</td>
                  <td>{zh ? d.nameZh : d.nameEn}</td>
                  <td>{d.planKinds.map((k) => t(KIND_NAMES[k])).join(t('departmentListKindSeparator'))}</td>
                  <td>
                    <Button size="small" type="link" data-testid={`department-edit-${d.id}`} onClick={() => edit(d)}>
                      {t('departmentListEdit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editing === null ? (
          <Button size="small" style={{ marginTop: 8 }} data-testid="department-add" onClick={() => edit(null)}>
            {t('departmentListAdd')}
          </Button>
        ) : (
          <Form size="small" layout="vertical" className="department-form" data-testid="department-form">
            <Form.Item label={t('departmentListId')}>
              <Input data-testid="department-id" disabled={editing !== ''} value={draft.id} onChange={(e) => set({ id: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('departmentListNameZh')}>
              <Input data-testid="department-name-zh" value={draft.nameZh} onChange={(e) => set({ nameZh: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('departmentListShortZh')}>
              <Input data-testid="department-short-zh" value={draft.shortZh} onChange={(e) => set({ shortZh: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('departmentListNameEn')}>
              <Input data-testid="department-name-en" value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('departmentListShortEn')}>
              <Input data-testid="department-short-en" value={draft.shortEn} onChange={(e) => set({ shortEn: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('departmentListPlanKinds')}>
              <Select
                mode="multiple"
                value={draft.planKinds}
                onChange={(v) => set({ planKinds: v })}
                options={PLAN_KINDS.map((k) => ({ value: k, label: t(KIND_NAMES[k]) }))}
              />
            </Form.Item>
            {errors.length > 0 && (
              <Alert type="error" data-testid="department-errors" title={errors.join(t('departmentListErrorSeparator'))} />
            )}
            <div className="department-form-actions">
              <Button size="small" onClick={() => setEditing(null)}>
                {t('departmentListCancel')}
              </Button>
              <Button size="small" type="primary" data-testid="department-save" onClick={save}>
                {t('departmentListSave')}
              </Button>
            </div>
          </Form>
        )}
      </div>
    </Modal>
  );
}
