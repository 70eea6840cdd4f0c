// One antd Select (the import dialog's, and the other forms': 报送包, 优先级策略, 定位到坐标, 回执) inside a span
// that carries its test id and current value (`data-testid`, `data-value`); each option's label carries
// `data-option`, so a browser test picks an option by value. The full text of an option is its title (the tooltip of a short department name).
import { Select } from 'antd';
import type { ReactNode } from 'react';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  /** Tooltip text of the option (e.g. a department's full name). */
  title?: string;
}

export function ImportChoice({
  testId,
  value,
  options,
  onChange,
  width,
  placeholder,
  title,
  size = 'small',
}: {
  testId: string;
  value: string;
  options: readonly ChoiceOption[];
  onChange: (value: string) => void;
  width?: number | string;
  placeholder?: string;
  title?: string;
  /** antd's control size: small in the dense import dialog, middle in a short form. */
  size?: 'small' | 'middle';
}) {
  return (
    <span className="import-choice" data-testid={testId} data-value={value} title={title}>
      <Select
        size={size}
        value={value}
        virtual={false}
        placeholder={placeholder}
        style={{ width: width ?? '100%' }}
        onChange={onChange}
        options={options.map((o) => ({
          value: o.value,
          title: o.title ?? (typeof o.label === 'string' ? o.label : o.value),
          label: <span data-option={o.value}>{o.label}</span>,
        }))}
      />
    </span>
  );
}
