// The attribute form of one feature (antd Form), generated from its layer's field specs: selects for enums, a
// searchable picker for 用地用海 codes, checkboxes for booleans; errors under their field, derived fields read-only (MJ and CD
// from the shape, a class name from its code). Validated as you type; "apply" saves one setAttributes command only when
// every field is valid, so invalid values are never saved silently; a changed code renames its class in that command.
import { useMemo, useState, type ReactNode } from 'react';
import { AutoComplete, Button, Checkbox, Form, Input, Select } from 'antd';
import codeTable from '../../schemas/codes/ydyh-2023.json' with { type: 'json' };
import type { Properties, PropertyValue } from '../../engine/model/index.ts';
import { codedValueEn, derivedClassNames, layerInfo } from '../../engine/model/index.ts';
import { useEditor, useEditorStore, useT } from '../app/StoreContext.tsx';
import type { FeatureRef } from '../store/selectionSlice.ts';
import { fieldSpecsFor } from '../inspector/fieldSpecsFor.ts';
import { validateField, type FieldResult } from '../inspector/validateField.ts';
import type { FieldSpec } from '../inspector/types.ts';
import { ydyhOptions } from '../inspector/ydyhOptions.ts';
import { ellipsoidalAreaM2 } from '../../engine/geometry/index.ts';
import { roundM2 } from '../../engine/geometry/index.ts';
import type { MessageKey } from '../i18n/dictionary.ts';
import { formatArea } from './formatArea.ts';

const YDYH_CODES = new Set(codeTable.codes.map((c) => c.code));

export function FeatureForm({ ref_ }: { ref_: FeatureRef }) {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const feature = useEditor((s) => s.workspace.plans.get(ref_.planId)?.features.get(ref_.featureId));
  const plan = useEditor((s) => s.workspace.plans.get(ref_.planId)?.meta);
  const specs = useMemo(() => (feature ? fieldSpecsFor(feature.layer, feature.properties) : []), [feature]);
  const [draft, setDraft] = useState<Record<string, string | boolean>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  if (!feature || !plan) return <div className="placeholder">{t('noFeatureSelected')}</div>;

  const rawOf = (spec: FieldSpec): string | boolean => {
    if (spec.name in draft) return draft[spec.name]!;
    // A class name follows the code being typed: the form shows what apply will save.
    if (spec.derivedFrom !== undefined && spec.derivedFrom in draft) {
      const typed = { ...feature.properties, [spec.derivedFrom]: String(draft[spec.derivedFrom]).trim() };
      const v = (derivedClassNames(feature.layer, feature.properties, typed, plan.classification) ?? typed)[spec.name];
      return v === null || v === undefined ? '' : String(v);
    }
    const v = feature.properties[spec.name];
    if (spec.type === 'boolean') return v === true;
    return v === null || v === undefined ? '' : String(v);
  };
  const results = new Map<string, FieldResult>(
    specs.map((spec) => [spec.name, validateField(spec, rawOf(spec), language, spec.codeTable === 'ydyh2023' ? YDYH_CODES : undefined)]),
  );
  const dirty = Object.keys(draft).length > 0;
  const apply = () => {
    const invalid = [...results.values()].filter((r): r is { ok: false; message: string } => !r.ok);
    if (invalid.length > 0) {
      setSaveError(`${t('invalidNotSaved')} ${invalid.map((r) => r.message).join(' ')}`);
      return;
    }
    const after: Properties = { ...feature.properties };
    for (const spec of specs) {
      if (!(spec.name in draft)) continue;
      const r = results.get(spec.name)!;
      if (r.ok) setOrDelete(after, spec.name, r.value);
    }
    const named = derivedClassNames(feature.layer, feature.properties, after, plan.classification) ?? after;
    store
      .getState()
      .execute({ kind: 'setAttributes', planId: ref_.planId, featureId: ref_.featureId, before: feature.properties, after: named });
    setDraft({});
    setSaveError(null);
  };
  const polygonal = feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
  // The function MJ is recomputed with (engine/model/derivedMeasures), so the header and MJ always agree.
  const areaM2 = polygonal ? ellipsoidalAreaM2(feature.geometry) : null;
  const info = layerInfo(feature.layer);
  const english = language === 'en';
  /** A stored class name (YDYHFLMC, DLMC) in English, beside the Chinese one the input keeps. */
  const classNameEn = (key: string, raw: string | boolean) => {
    const en = english ? codedValueEn(feature.layer, key, raw, plan.classification) : undefined;
    return en === undefined ? undefined : (
      <span className="code-name" data-testid="coded-value">
        {en}
      </span>
    );
  };
  return (
    <Form
      component="form"
      layout="vertical"
      size="small"
      className="inspector feature-form"
      data-testid="feature-form"
      onSubmitCapture={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <h3>
        {language === 'zh' ? info.nameZh : info.nameEn} · {String(feature.properties.BSM ?? '')}
      </h3>
      <div className="muted" data-user-text="">
        {plan.department} · {plan.title}
      </div>
      {areaM2 !== null && (
        <div className="muted" data-testid="feature-area" data-area-m2={roundM2(areaM2)}>
          {t('area')}: {formatArea(areaM2, t)}
        </div>
      )}
      {specs.map((spec) => {
        const r = results.get(spec.name)!;
        const raw = rawOf(spec);
        const label = language === 'zh' ? spec.title : (spec.titleEn ?? spec.title);
        const id = `field-${spec.name}`;
        const onChange = (value: string | boolean) => setDraft((d) => ({ ...d, [spec.name]: value }));
        return (
          <Form.Item
            key={spec.name}
            className={`field ${r.ok ? '' : 'invalid'} ${spec.readOnly ? 'readonly' : ''}`}
            htmlFor={id}
            required={spec.required}
            label={
              <>
                {label} <small>{spec.name}</small>
                {spec.readOnly && <span className="readonly-tag">{t('fieldDerived')}</span>}
              </>
            }
            validateStatus={r.ok ? undefined : 'error'}
            help={
              r.ok ? undefined : (
                <div className="field-error" role="alert">
                  {r.message}
                </div>
              )
            }
          >
            {spec.type === 'boolean' ? (
              <Checkbox id={id} checked={raw === true} disabled={spec.readOnly} onChange={(e) => onChange(e.target.checked)} />
            ) : spec.enum ? (
              <Select<string>
                id={id}
                value={String(raw)}
                disabled={spec.readOnly}
                onChange={(value) => onChange(value)}
                options={[
                  { value: '', label: t('unset') },
                  ...spec.enum.map((v, i) => enumOption(String(v), english ? spec.enumEn?.[i] : undefined)),
                ]}
              />
            ) : spec.codeTable === 'ydyh2023' ? (
              <>
                <AutoComplete
                  id={id}
                  value={String(raw)}
                  placeholder={t('pickCode')}
                  disabled={spec.readOnly}
                  options={ydyhOptions(String(raw), language)}
                  popupMatchSelectWidth={false}
                  onChange={(value: string) => onChange(value)}
                />
                <CodeName code={codeTable.codes.find((c) => c.code === raw)} english={english} />
              </>
            ) : (
              <Input
                id={id}
                value={String(raw)}
                {...readOnlyProps(spec, t)}
                inputMode={spec.type === 'string' ? undefined : 'decimal'}
                onChange={(e) => onChange(e.target.value)}
                suffix={classNameEn(spec.name, raw)}
              />
            )}
          </Form.Item>
        );
      })}
      {saveError && (
        <div className="field-error" role="alert">
          {saveError}
        </div>
      )}
      <div className="form-actions">
        <Button type="primary" htmlType="submit" disabled={!dirty} data-testid="apply-attributes">
          {t('apply')}
        </Button>
        <Button
          disabled={!dirty}
          onClick={() => {
            setDraft({});
            setSaveError(null);
          }}
        >
          {t('revert')}
        </Button>
      </div>
    </Form>
  );
}

/** A choice of an enumerated field: in English its English name, the stored Chinese value in the tooltip (user data). */
function enumOption(value: string, en: string | undefined): { value: string; label: ReactNode } {
  if (en === undefined) return { value, label: value };
  return {
    value,
    label: (
      <span title={value} data-user-title="" data-testid="coded-value">
        {en}
      </span>
    ),
  };
}

/** The name of the picked 用地用海 code: Chinese, or in English the table's nameEn with the Chinese name in the tooltip. */
function CodeName({ code, english }: { code: { name: string; nameEn: string } | undefined; english: boolean }) {
  if (!code) return <span className="code-name" />;
  if (!english) return <span className="code-name">{code.name}</span>;
  return (
    <span className="code-name" title={code.name} data-user-title="" data-testid="coded-value">
      {code.nameEn}
    </span>
  );
}

function setOrDelete(props: Properties, name: string, value: PropertyValue) {
  if (value === null) delete props[name];
  else props[name] = value;
}

/** A derived field (MJ, CD, a class name): not editable, out of the tab order, and says why in its tooltip. */
function readOnlyProps(spec: FieldSpec, t: (key: MessageKey) => string) {
  if (!spec.readOnly) return {};
  return {
    readOnly: true,
    tabIndex: -1,
    'aria-readonly': true,
    title: t(spec.derivedFrom === undefined ? 'fieldDerivedHint' : 'fieldFromCodeHint'),
    className: 'readonly-input',
    variant: 'filled',
  } as const;
}
