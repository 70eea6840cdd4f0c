// The precedence policy dialog (优先级策略…): the workspace's policy as the coordinator edits it — tiers with
// their layers and basis, per-rule proposals, the order of the integrated land-use coverage — loaded from or
// saved to a JSON file, or back to the bundled default. Nothing changes until 应用: then the draft is
// checked (schema and checkPolicy) and, when valid, becomes the workspace's policy as one undoable command.
// Composition only (an antd Modal): state and actions in usePolicyDraft, each section in its own component.
import './policy.css';
import { Button, Input, Modal } from 'antd';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { PolicyCoverageOrder } from './PolicyCoverageOrder.tsx';
import { PolicyRulesTable } from './PolicyRulesTable.tsx';
import { PolicyTiersTable } from './PolicyTiersTable.tsx';
import { usePolicyDraft } from './usePolicyDraft.ts';

export function PolicyDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  const { policy, isDefault, errors, warnings, status, edit, setRule, apply, load, saveAs, reset } = usePolicyDraft(onClose);

  return (
    <Modal
      open
      title={
        <span data-testid="policy-heading">
          {t('policyTitle')} —{' '}
          <span data-testid="policy-name">{isDefault ? t('policyIsDefault') : zh ? policy.title : (policy.titleEn ?? policy.title)}</span>
        </span>
      }
      onCancel={onClose}
      // No click-away, and no scroll lock: antd's lock injects a <style> without the CSP nonce (the window never scrolls).
      mask={{ closable: false }}
      scrollLock={false}
      width={Math.min(980, window.innerWidth - 48)}
      styles={{ body: { maxHeight: window.innerHeight - 200, overflowY: 'auto' } }}
      footer={[
        <Button key="load" data-testid="policy-load" onClick={() => void load()}>
          {t('policyLoad')}
        </Button>,
        <Button key="save" data-testid="policy-save" onClick={() => void saveAs()}>
          {t('policySaveAs')}
        </Button>,
        <Button key="reset" data-testid="policy-reset" onClick={reset}>
          {t('policyReset')}
        </Button>,
        <Button key="apply" type="primary" data-testid="policy-apply" onClick={apply}>
          {t('policyApply')}
        </Button>,
        <Button key="close" data-testid="policy-close" onClick={onClose}>
          {t('dismiss')}
        </Button>,
      ]}
    >
      <div className="policy-dialog" data-testid="policy-dialog" data-default={isDefault}>
        <div className="policy-meta">
          <label>
            {t('policyName')}
            <Input data-testid="policy-title" value={policy.title} onChange={(e) => edit({ kind: 'setMeta', title: e.target.value })} />
          </label>
          <label>
            {t('policyId')}
            <Input data-testid="policy-id" value={policy.id} onChange={(e) => edit({ kind: 'setMeta', id: e.target.value })} />
          </label>
        </div>

        <PolicyTiersTable policy={policy} edit={edit} />
        <PolicyRulesTable policy={policy} edit={edit} setRule={setRule} />
        <PolicyCoverageOrder policy={policy} edit={edit} />

        <div className="policy-footer">
          {status && (
            <p role="status" data-testid="policy-status">
              {status}
            </p>
          )}
          {errors.length > 0 && (
            <div role="alert" className="resolve-errors" data-testid="policy-errors">
              <p>{t('policyRefused')}</p>
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <div className="policy-warnings" data-testid="policy-warnings">
              <p>{t('policyWarnings')}</p>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </Modal>
  );
}
