// The workstation user's name, asked once and then shown: every resolution records it as 处置人.
import { useEffect, useState } from 'react';
import { useT } from '../../app/StoreContext.tsx';
import { readWorkstationUser, writeWorkstationUser } from '../../services/blueprint/workstationUser.ts';

export function WorkstationUser({ onChange }: { onChange: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState(readWorkstationUser);
  const [draft, setDraft] = useState('');
  useEffect(() => onChange(name), [name, onChange]);
  if (name) {
    return (
      <p className="resolve-user" data-testid="workstation-user">
        {t('resolveUser')}
        {t('labelColon')}
        {name}
      </p>
    );
  }
  return (
    <div className="resolve-user">
      <label>
        {t('resolveUserPrompt')}
        <input data-testid="workstation-user-input" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button
        data-testid="workstation-user-save"
        disabled={draft.trim() === ''}
        onClick={() => {
          writeWorkstationUser(draft);
          setName(draft.trim());
        }}
      >
        {t('resolveUserSave')}
      </button>
    </div>
  );
}
