// What a new version of a plan changes against the version in the workspace, shown before the import is
// confirmed: features added, removed and changed (attributes field by field, geometry with its change of area,
// length for lines, count for points: measureText) and area totals per land-use class. Renders engine/merge/diffPlanVersions output; long lists are capped.
import type { FieldChange, PlanVersionDiff } from '../../engine/merge/index.ts';
import { codeInfo } from '../../engine/model/index.ts';
import type { Language, MessageKey } from '../i18n/dictionary.ts';
import { message, type MessageParams } from '../i18n/message.ts';
import { measureText } from './measureText.ts';

/** Rows shown per list; the rest is counted, so a 300k-feature re-import never builds a huge table. */
const MAX_ROWS = 200;
const hectares = (m2: number) => (m2 / 10000).toFixed(4);
const signedHectares = (m2: number) => `${m2 > 0 ? '+' : ''}${hectares(m2)}`;

function valueText(v: FieldChange['before'], language: Language): string {
  if (v === undefined) return message(language, 'importValueNone');
  if (v === null) return message(language, 'importValueEmpty');
  return String(v);
}

/** The class code with its name in the chosen language (the code table's own English term in English). */
function className(classKey: string, language: Language): string {
  const info = codeInfo('ydyh2023', classKey);
  return info ? `${classKey} ${language === 'zh' ? info.name : info.nameEn}` : classKey;
}

export function ImportVersionDiff({ diff, zh }: { diff: PlanVersionDiff; zh: boolean }) {
  const language: Language = zh ? 'zh' : 'en';
  const say = (key: MessageKey, params?: MessageParams) => message(language, key, params);
  const more = (n: number) => n > MAX_ROWS && <p className="import-more">{say('importDiffMoreNotListed', { n: n - MAX_ROWS })}</p>;
  const changedClasses = diff.totalsByClass.filter((t) => Math.abs(t.changeM2) >= 0.01);
  return (
    <div className="import-version-diff" data-testid="import-version-diff">
      {diff.changed.length > 0 && (
        <>
          <h4>{say('importDiffChangedTitle', { n: diff.changed.length })}</h4>
          <table className="import-mapping" data-testid="import-diff-changed">
            <thead>
              <tr>
                <th>BSM</th>
                <th>{say('importCaptionLayer')}</th>
                <th>{say('importDiffFieldHeader')}</th>
                <th>{say('importDiffAreaChangeHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.slice(0, MAX_ROWS).map((c) => (
                <tr key={c.id}>
                  <td>{c.bsm ?? c.id}</td>
                  <td>{c.layer}</td>
                  <td>
                    {c.fields.map((f) => (
                      <div key={f.key}>
                        {say('importDiffFieldChange', {
                          field: f.key,
                          before: valueText(f.before, language),
                          after: valueText(f.after, language),
                        })}
                      </div>
                    ))}
                    {c.geometryChanged && <div>{say('importDiffGeometryChanged')}</div>}
                  </td>
                  <td>{c.geometryChanged ? measureText({ kind: c.measure.kind, value: c.measure.change }, language, true) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more(diff.changed.length)}
        </>
      )}
      {(diff.added.length > 0 || diff.removed.length > 0) && (
        <>
          <h4>{say('importDiffAddedRemovedTitle', { added: diff.added.length, removed: diff.removed.length })}</h4>
          <table className="import-mapping" data-testid="import-diff-added-removed">
            <thead>
              <tr>
                <th>{say('importDiffChangeHeader')}</th>
                <th>BSM</th>
                <th>{say('importCaptionLayer')}</th>
                <th>{say('importDiffAreaHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.added.slice(0, MAX_ROWS).map((f) => (
                <tr key={`a${f.id}`}>
                  <td>{say('importDiffAdded')}</td>
                  <td>{f.bsm ?? f.id}</td>
                  <td>{f.layer}</td>
                  <td>{measureText(f.measure, language)}</td>
                </tr>
              ))}
              {diff.removed.slice(0, MAX_ROWS).map((f) => (
                <tr key={`r${f.id}`}>
                  <td>{say('importDiffRemoved')}</td>
                  <td>{f.bsm ?? f.id}</td>
                  <td>{f.layer}</td>
                  <td>{measureText(f.measure, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more(Math.max(diff.added.length, diff.removed.length))}
        </>
      )}
      {changedClasses.length > 0 && (
        <>
          <h4>{say('importDiffClassesTitle')}</h4>
          <table className="import-mapping" data-testid="import-diff-classes">
            <thead>
              <tr>
                <th>{say('importDiffClassHeader')}</th>
                <th>{say('importDiffBeforeHeader')}</th>
                <th>{say('importDiffAfterHeader')}</th>
                <th>{say('importDiffClassChangeHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {changedClasses.map((t) => (
                <tr key={t.classKey}>
                  <td>{className(t.classKey, language)}</td>
                  <td>{hectares(t.areaBeforeM2)}</td>
                  <td>{hectares(t.areaAfterM2)}</td>
                  <td>{signedHectares(t.changeM2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
