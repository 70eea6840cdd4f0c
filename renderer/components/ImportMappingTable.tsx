// The import dialog's mapping step: each source column with 5 of its values as decoded text (GBK mojibake is
// visible here, before anything is imported) and the national field it fills; below, value mapping for the
// columns whose field has a code table (WRDJ 1/2/3 → 一类/二类/三类工业), offering the code table's values
// (in English by their English names).
// Plain tables, not antd Table: its scrollbar probe injects a <style> without the CSP nonce on every mount.
import type { FieldMapping, ImportReport, ValueMappingOverrides } from '../../engine/import/index.ts';
import { fieldOf, fieldsOfLayer, type LayerCode } from '../../engine/model/index.ts';
import { ImportChoice, type ChoiceOption } from './ImportChoice.tsx';
import type { Language } from '../i18n/dictionary.ts';
import { message } from '../i18n/message.ts';

/** A column's sample values, each on one line (a BSM never breaks mid-number); one too long for the cell ends in
 * an ellipsis with the whole value in its tooltip. The line breaks between values only. */
function SampleValues({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0) return <>{empty}</>;
  return (
    <>
      {values.map((value, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          <span className="import-sample" title={value}>
            {value}
          </span>
        </span>
      ))}
    </>
  );
}

export function ImportMappingTable({
  report,
  layer,
  mapping,
  values,
  zh,
  onMapColumn,
  onMapValue,
}: {
  report: ImportReport;
  layer: LayerCode;
  mapping: FieldMapping;
  values: ValueMappingOverrides;
  zh: boolean;
  onMapColumn: (column: string, field: string) => void;
  onMapValue: (field: string, sourceValue: string, value: string) => void;
}) {
  const language: Language = zh ? 'zh' : 'en';
  const columns = [...Object.keys(mapping.columns), ...mapping.unmappedColumns];
  const fieldOptions = [
    { value: '', label: message(language, 'importMappingNotImported') },
    // The schema's English title (x-titleEn) in English: "BSM Identifier", not "BSM 标识码".
    ...fieldsOfLayer(layer).map((f) => ({ value: f.key, label: `${f.key} ${zh ? f.title : (f.titleEn ?? f.title)}` })),
  ];
  const coded = Object.entries(report.codedValues).flatMap(([column, sourceValues]) => {
    const key = mapping.columns[column];
    const field = key ? fieldOf(layer, key) : undefined;
    if (!key || !field?.enum) return [];
    const allowed = field.enum;
    // Values already in the code table need no mapping unless the user mapped them.
    const own = values[key] ?? {};
    return sourceValues
      .filter((v) => !allowed.includes(v) || Object.hasOwn(own, v))
      .map((v) => ({
        column,
        key,
        title: zh ? field.title : (field.titleEn ?? field.title),
        sourceValue: v,
        allowed,
        allowedEn: field.enumEn,
        mapped: own[v] ?? '',
      }));
  });
  return (
    <div className="import-mapping-step" data-testid="import-mapping">
      <table className="import-mapping import-columns">
        <thead>
          <tr>
            <th className="import-col-source">{message(language, 'importMappingSourceColumn')}</th>
            <th>{message(language, 'importMappingSamples')}</th>
            <th className="import-col-field">{message(language, 'importMappingField')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column}>
              {/* The source's column names and values are the file's own text (user data). */}
              <td data-user-text="">{column}</td>
              <td className="import-samples" data-testid={`import-samples-${column}`} data-user-text="">
                <SampleValues values={report.samples[column] ?? []} empty={message(language, 'importValueEmpty')} />
              </td>
              <td>
                <ImportChoice
                  testId={`import-map-${column}`}
                  value={mapping.columns[column] ?? ''}
                  options={fieldOptions}
                  onChange={(v) => onMapColumn(column, v)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {coded.length > 0 && (
        <div className="import-value-mapping" data-testid="import-value-mapping">
          <h4>{message(language, 'importMappingValuesTitle')}</h4>
          <table className="import-mapping">
            <thead>
              <tr>
                <th className="import-col-source">{message(language, 'importMappingSourceColumn')}</th>
                <th className="import-col-source">{message(language, 'importMappingSourceValue')}</th>
                <th>{message(language, 'importMappingCodeTableValue')}</th>
              </tr>
            </thead>
            <tbody>
              {coded.map((r) => (
                <tr key={`${r.column}\u0000${r.sourceValue}`}>
                  <td data-user-text="">{r.column}</td>
                  <td data-user-text="">{r.sourceValue}</td>
                  <td>
                    <ImportChoice
                      testId={`import-value-${r.column}-${r.sourceValue}`}
                      value={r.mapped}
                      options={[
                        { value: '', label: message(language, 'importMappingKeepValue') },
                        ...r.allowed.map((a, i) => valueChoice(a, zh ? undefined : r.allowedEn?.[i])),
                      ]}
                      onChange={(v) => onMapValue(r.key, r.sourceValue, v)}
                      title={`${r.key} ${r.title}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** A code-table value to map to: the stored Chinese value in Chinese; in English the field's English name for it
 *  (x-enumEn: 一类工业 → Class 1 industry), the stored value in its tooltip. */
function valueChoice(value: string, en: string | undefined): ChoiceOption {
  if (en === undefined) return { value, label: value, title: value };
  return {
    value,
    label: (
      <span title={value} data-user-title="">
        {en}
      </span>
    ),
    title: en,
  };
}
