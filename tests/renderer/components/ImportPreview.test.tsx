import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportPreview } from '../../../renderer/components/ImportPreview.tsx';
import type { FeatureId, Geometry, PlanFeature } from '../../../engine/model/types.ts';

const feature = (id: string, geometry: Geometry): PlanFeature => ({
  type: 'Feature',
  id: id as FeatureId,
  layer: 'GHYDYH',
  geometry,
  properties: {},
});

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35],
      [112.6, 35],
      [112.6, 35.1],
      [112.5, 35.1],
      [112.5, 35],
    ],
    [
      [112.52, 35.02],
      [112.52, 35.04],
      [112.54, 35.04],
      [112.54, 35.02],
      [112.52, 35.02],
    ],
  ],
};

describe('ImportPreview', () => {
  const svg = renderToStaticMarkup(
    <ImportPreview
      features={[
        feature('area', square),
        feature('road', {
          type: 'LineString',
          coordinates: [
            [112.5, 35],
            [112.55, 35.05],
            [112.6, 35],
          ],
        }),
        feature('wells', {
          type: 'MultiPoint',
          coordinates: [
            [112.51, 35.01],
            [112.59, 35.09],
          ],
        }),
      ]}
    />,
  );
  const element = (id: string) => new RegExp(`<(\\w+) data-feature-id="${id}"([^>]*)>`).exec(svg);

  it('fills an area, closing each ring, with its hole left open (even-odd)', () => {
    const [, tag, attrs = ''] = element('area')!;
    expect(tag).toBe('path');
    expect(attrs).toContain('class="area"');
    expect(attrs.match(/Z/g)).toHaveLength(2);
  });

  it('draws a line as a stroke, never closed into a filled wedge', () => {
    const [, tag, attrs] = element('road')!;
    expect(tag).toBe('path');
    expect(attrs).toContain('class="line"');
    expect(attrs).not.toContain('Z');
  });

  it('draws each point as a dot', () => {
    expect(element('wells')![1]).toBe('g');
    expect(svg.match(/<circle /g)).toHaveLength(2);
  });
});
