import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../../engine/model/index.ts';
import { startGeometryPort } from '../../../main/node/startGeometryPort.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35.1],
      [112.51, 35.1],
      [112.51, 35.11],
      [112.5, 35.1],
    ],
  ],
};

describe('startGeometryPort', () => {
  it('hands over a working port once GEOS is ready', async () => {
    const started = startGeometryPort();
    const port = await started.port;
    try {
      expect(port.intersects(square, square)).toBe(true);
    } finally {
      port.dispose();
    }
  });

  it('returns the given result on abandon and disposes the port when it arrives', async () => {
    const started = startGeometryPort();
    expect(started.abandon(3)).toBe(3);
    const port = await started.port;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => port.intersects(square, square)).toThrow(/disposed/);
  });
});
