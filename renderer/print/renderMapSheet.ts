// The 专题图 pipeline in the page: plan the sheet (layout and ground, synchronous, for the dialog), draw its map at
// 300 dpi in Gauss-Krüger (drawSheetMap, cancellable), then either finish the whole sheet as a 300-dpi PNG (the
// sheet SVG rasterised over the map) or write the printable HTML (the sheet SVG with the map as an image).
import {
  buildSheetHtml,
  buildSheetSvg,
  mmToPx,
  pngWithDpi,
  PRINT_DPI,
  sheetGround,
  sheetLayout,
  type DrawnContent,
  type Orientation,
  type PaperSize,
  type SheetGround,
  type SheetInput,
  type SheetLayout,
} from '../../engine/mapSheet/index.ts';
import { drawSheetMap, type DrawOptions, type SheetMapLayer } from './drawSheetMap.ts';

export interface SheetRequest {
  paper: PaperSize;
  orientation: Orientation;
  /** A scale denominator, or 'fit' to the map's current view. */
  scale: number | 'fit';
  title: string;
  unit: string;
  /** YYYY-MM-DD. */
  date: string;
  language: 'zh' | 'en';
  /** The map view: its centre (a fixed scale centres on it) and its lon/lat box ('fit' shows all of it). */
  centreLonLat: readonly [number, number];
  viewBoxLonLat: readonly [number, number, number, number];
}

export interface SheetPlan {
  layout: SheetLayout;
  ground: SheetGround;
  /** The map frame at 300 dpi. */
  mapPx: [number, number];
  /** The whole sheet at 300 dpi. */
  sheetPx: [number, number];
}

export interface RenderedSheet extends SheetPlan {
  drawn: DrawnContent;
  /** 'png': the whole sheet at 300 dpi with the map drawn in its frame; 'pdf': the map frame alone. */
  output: SheetOutput;
  canvas: HTMLCanvasElement;
}

export type SheetOutput = 'png' | 'pdf';

export function planSheet(request: SheetRequest): SheetPlan {
  const layout = sheetLayout(request.paper, request.orientation);
  const ground = sheetGround([layout.map.width, layout.map.height], request.scale, request.centreLonLat, request.viewBoxLonLat);
  return {
    layout,
    ground,
    mapPx: [mmToPx(layout.map.width, PRINT_DPI), mmToPx(layout.map.height, PRINT_DPI)],
    sheetPx: [mmToPx(layout.widthMm, PRINT_DPI), mmToPx(layout.heightMm, PRINT_DPI)],
  };
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`no 2D canvas of ${canvas.width}×${canvas.height} px (out of memory?)`);
  return context;
}

/**
 * Draws the map at 300 dpi: for a PNG straight into a canvas of the whole sheet (one canvas: allocating a 17-Mpx
 * canvas is what costs the page most, a second for the map alone would double it), for a PDF into the map frame alone.
 */
export async function renderSheetMap(
  layers: readonly SheetMapLayer[],
  request: SheetRequest,
  output: SheetOutput,
  options: DrawOptions = {},
): Promise<RenderedSheet> {
  const plan = planSheet(request);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = output === 'png' ? plan.sheetPx : plan.mapPx;
  const context = context2d(canvas);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (output === 'png') {
    const [x, y] = [mmToPx(plan.layout.map.x, PRINT_DPI), mmToPx(plan.layout.map.y, PRINT_DPI)];
    context.save();
    context.beginPath();
    context.rect(x, y, plan.mapPx[0], plan.mapPx[1]);
    context.clip();
    context.translate(x, y);
  }
  try {
    const drawn = await drawSheetMap(context, layers, plan.ground, options);
    return { ...plan, drawn, output, canvas };
  } finally {
    if (output === 'png') context.restore();
  }
}

/** Frees the sheet's pixels now rather than at the next garbage collection. */
export function releaseSheet(sheet: RenderedSheet): void {
  sheet.canvas.width = 0;
  sheet.canvas.height = 0;
}

function sheetInput(sheet: RenderedSheet, request: SheetRequest): SheetInput {
  return {
    layout: sheet.layout,
    ground: sheet.ground,
    title: request.title,
    unit: request.unit,
    date: request.date,
    language: request.language,
    drawn: sheet.drawn,
  };
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The whole sheet as a 300-dpi PNG (with its pHYs resolution), from a sheet rendered for 'png'. */
export async function sheetPngBytes(sheet: RenderedSheet, request: SheetRequest): Promise<Uint8Array> {
  if (sheet.output !== 'png') throw new Error('sheetPngBytes needs a sheet rendered for PNG');
  const { canvas } = sheet;
  const context = context2d(canvas);
  // The furniture (title, legend, scale bar, north arrow, notes) is the same SVG the PDF prints, rasterised at 300 dpi
  // over the map (white paper with a hole where the map is).
  const overlay = await loadSvgImage(buildSheetSvg({ ...sheetInput(sheet, request), pixelSize: sheet.sheetPx }));
  context.drawImage(overlay, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`the ${canvas.width}×${canvas.height} px sheet could not be encoded as PNG`);
  return pngWithDpi(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI);
}

/** Above this many characters the map goes into the HTML as JPEG (main accepts report HTML up to 16 M characters). */
const MAX_PNG_DATA_URL_CHARS = 12_000_000;

/** A canvas as a data: URL, encoded off the main thread (toBlob) rather than by the blocking toDataURL. */
async function canvasDataUrl(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<string> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob) throw new Error(`the ${canvas.width}×${canvas.height} px map could not be encoded as ${type}`);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the map image could not be read back'));
    reader.readAsDataURL(blob);
  });
}

/** The sheet SVG with the map as an image (PNG, or JPEG when a busy A3 map would make the PNG too large). */
export async function sheetSvgWithMap(sheet: RenderedSheet, request: SheetRequest): Promise<string> {
  if (sheet.output !== 'pdf') throw new Error('sheetSvgWithMap needs a sheet rendered for PDF');
  let href = await canvasDataUrl(sheet.canvas, 'image/png');
  if (href.length > MAX_PNG_DATA_URL_CHARS) href = await canvasDataUrl(sheet.canvas, 'image/jpeg', 0.92);
  return buildSheetSvg({ ...sheetInput(sheet, request), mapImageHref: href });
}

/** The printable page (one page of the chosen paper) for printToPDF. */
export async function sheetHtml(sheet: RenderedSheet, request: SheetRequest): Promise<string> {
  return buildSheetHtml(await sheetSvgWithMap(sheet, request), sheet.layout, request.title, request.language);
}
