// The import dialog's value mapping offers a coded field's values (GYLX 一类工业 …) by their English names in
// English, the stored Chinese value in the tooltip only; in Chinese by the stored values.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldMapping, ImportReport } from '../../../engine/import/index.ts';
import { ImportMappingTable } from '../../../renderer/components/ImportMappingTable.tsx';

const report = { codedValues: { WRDJ: ['1', '2'] }, samples: { WRDJ: ['1', '2'] } } as unknown as ImportReport;
const mapping = { columns: { WRDJ: 'GYLX' }, unmappedColumns: [] } as unknown as FieldMapping;

const render = (zh: boolean) =>
  renderToStaticMarkup(
    <ImportMappingTable
      report={report}
      layer="GYXM"
      mapping={mapping}
      values={{ GYLX: { '1': '一类工业' } }}
      zh={zh}
      onMapColumn={() => undefined}
      onMapValue={() => undefined}
    />,
  );

/** The markup's text outside user data: without data-user-text cells and the tooltips that quote stored values. */
const shownText = (html: string) =>
  html
    .replace(/<td[^>]*data-user-text[^>]*>[^<]*<\/td>/g, '')
    .replace(/title="[^"]*" data-user-title=""/g, '')
    .replace(/<[^>]+>/g, ' ');

describe('ImportMappingTable value mapping', () => {
  it('shows the mapped code-table value by its English name in English', () => {
    const html = render(false);
    expect(html).toContain('Class 1 industry');
    expect(html).toContain('title="一类工业" data-user-title=""');
    expect(shownText(html)).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('shows it as stored in Chinese', () => {
    expect(render(true)).toContain('一类工业');
    expect(render(true)).not.toContain('Class 1 industry');
  });
});
