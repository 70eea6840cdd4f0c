// Staff manage the workspace's department list (the one the import dialog, the layer tree, the conflict list
// and the project review use): add a department or edit one's names and plan kinds. The new list is checked by
// the engine's loadDepartments and recorded with one `setDepartments` command, so it can be undone like any edit.
// A plain table, not antd Table: its scrollbar probe injects a <style> without the CSP nonce.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { PLAN_KINDS, type PlanKind } from '../../engine/model/index.ts';
import { loadDepartments, type Department } from '../../engine/review/index.ts';
import { modalContainer } from './modalContainer.ts';
import { useEditor, useEditorStore } from '../app/StoreContext.tsx';
import { workspaceDepartments } from '../services/review/workspaceDepartments.ts';

const KIND_NAMES: Record<PlanKind, [string, string]> = {
  land: ['国土空间', 'Land'],
  ecology: ['生态', 'Ecology'],
  industry: ['产业', 'Industry'],
  transport: ['交通', 'Transport'],
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
  const zh = useEditor((s) => s.language) === 'zh';
  const L = (z: string, e: string) => (zh ? z : e);
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
      { schemaVersion: '1.0.0', id: 'workspace-departments', title: '部门名录', departments: after },
      L('部门名录', 'department list'),
    );
    if (!checked.ok) {
      setErrors(checked.errors.map((e) => (zh ? e.zh : e.en)));
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
      title={L('部门名录', 'Department list')}
      onCancel={onClose}
      footer={
        <Button data-testid="departments-close" onClick={onClose}>
          {L('关闭', 'Close')}
        </Button>
      }
    >
      <div data-testid="department-list">
        <div className="department-table">
          <table className="import-mapping">
            <thead>
              <tr>
                <th>{L('简称', 'Short name')}</th>
                <th>{L('全称', 'Full name')}</th>
                <th>{L('提交的规划', 'Plans')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.id}>
                  <td>{zh ? d.shortZh : d.shortEn}</td>
                  <td>{zh ? d.nameZh : d.nameEn}</td>
                  <td>{d.planKinds.map((k) => KIND_NAMES[k][zh ? 0 : 1]).join(zh ? '、' : ', ')}</td>
                  <td>
                    <Button size="small" type="link" data-testid={`department-edit-${d.id}`} onClick={() => edit(d)}>
                      {L('编辑', 'Edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editing === null ? (
          <Button size="small" style={{ marginTop: 8 }} data-testid="department-add" onClick={() => edit(null)}>
            {L('添加部门', 'Add a department')}
          </Button>
        ) : (
          <Form size="small" layout="vertical" className="department-form" data-testid="department-form">
            <Form.Item label={L('标识（小写字母、数字、连字符）', 'Id (lower-case letters, digits, hyphens)')}>
              <Input data-testid="department-id" disabled={editing !== ''} value={draft.id} onChange={(e) => set({ id: e.target.value })} />
            </Form.Item>
            <Form.Item label={L('全称', 'Full name (Chinese)')}>
              <Input data-testid="department-name-zh" value={draft.nameZh} onChange={(e) => set({ nameZh: e.target.value })} />
            </Form.Item>
            <Form.Item label={L('简称', 'Short name (Chinese)')}>
              <Input data-testid="department-short-zh" value={draft.shortZh} onChange={(e) => set({ shortZh: e.target.value })} />
            </Form.Item>
            <Form.Item label={L('英文全称', 'Full name (English)')}>
              <Input data-testid="department-name-en" value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />
            </Form.Item>
            <Form.Item label={L('英文简称', 'Short name (English)')}>
              <Input data-testid="department-short-en" value={draft.shortEn} onChange={(e) => set({ shortEn: e.target.value })} />
            </Form.Item>
            <Form.Item label={L('提交的规划类型', 'Plan kinds it submits')}>
              <Select
                mode="multiple"
                value={draft.planKinds}
                onChange={(v) => set({ planKinds: v })}
                options={PLAN_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k][zh ? 0 : 1] }))}
              />
            </Form.Item>
            {errors.length > 0 && <Alert type="error" data-testid="department-errors" title={errors.join('；')} />}
            <div className="department-form-actions">
              <Button size="small" onClick={() => setEditing(null)}>
                {L('取消', 'Cancel')}
              </Button>
              <Button size="small" type="primary" data-testid="department-save" onClick={save}>
                {L('保存', 'Save')}
              </Button>
            </div>
          </Form>
        )}
      </div>
    </Modal>
  );
}
