// Pure. sheetTiles(sizePx, tilePx) → the tiles, [x, y, width, height] in pixels, that cover a raster of `sizePx` row by
// row: a 300-dpi sheet's furniture is rasterised tile by tile, so no single step of the page handles all 17 Mpx.

export function sheetTiles(sizePx: readonly [number, number], tilePx: number): [number, number, number, number][] {
  if (!(tilePx >= 1)) throw new Error(`sheetTiles: the tile size must be at least 1 px, not ${tilePx}`);
  const tiles: [number, number, number, number][] = [];
  for (let y = 0; y < sizePx[1]; y += tilePx) {
    for (let x = 0; x < sizePx[0]; x += tilePx) {
      tiles.push([x, y, Math.min(tilePx, sizePx[0] - x), Math.min(tilePx, sizePx[1] - y)]);
    }
  }
  return tiles;
}
