// The 专题图 pipeline in the page: plan the sheet (layout and ground, synchronous, for the dialog), draw its map at
// 300 dpi in Gauss-Krüger (drawSheetMap, cancellable), then either compose the whole sheet as a 300-dpi PNG (map
// canvas + the sheet SVG rasterised over it) or write the printable HTML (the sheet SVG with the map as an image).
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
  mapCanvas: HTMLCanvasElement;
}

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

export async function renderSheetMap(layers: readonly SheetMapLayer[], request: SheetRequest, options: DrawOptions = {}): Promise<RenderedSheet> {
  const plan = planSheet(request);
  const mapCanvas = document.createElement('canvas');
  [mapCanvas.width, mapCanvas.height] = plan.mapPx;
  const context = context2d(mapCanvas);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, mapCanvas.width, mapCanvas.height);
  const drawn = await drawSheetMap(context, layers, plan.ground, options);
  return { ...plan, drawn, mapCanvas };
}

function sheetInput(sheet: RenderedSheet, request: SheetRequest): SheetInput {
  return { layout: sheet.layout, ground: sheet.ground, title: request.title, unit: request.unit, date: request.date, language: request.language, drawn: sheet.drawn };
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

/** The whole sheet as a 300-dpi PNG (with its pHYs resolution). */
export async function sheetPngBytes(sheet: RenderedSheet, request: SheetRequest): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = sheet.sheetPx;
  try {
    const context = context2d(canvas);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(sheet.mapCanvas, mmToPx(sheet.layout.map.x, PRINT_DPI), mmToPx(sheet.layout.map.y, PRINT_DPI));
    // The furniture (title, legend, scale bar, north arrow, notes) is the same SVG the PDF prints, rasterised at 300 dpi.
    const overlay = await loadSvgImage(buildSheetSvg({ ...sheetInput(sheet, request), pixelSize: sheet.sheetPx }));
    context.drawImage(overlay, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the ${canvas.width}×${canvas.height} px sheet could not be encoded as PNG`);
    return pngWithDpi(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** Above this many characters the map goes into the HTML as JPEG (main accepts report HTML up to 16 M characters). */
const MAX_PNG_DATA_URL_CHARS = 12_000_000;

/** The sheet SVG with the map as an image (PNG, or JPEG when a busy A3 map would make the PNG too large). */
export function sheetSvgWithMap(sheet: RenderedSheet, request: SheetRequest): string {
  let href = sheet.mapCanvas.toDataURL('image/png');
  if (href.length > MAX_PNG_DATA_URL_CHARS) href = sheet.mapCanvas.toDataURL('image/jpeg', 0.92);
  return buildSheetSvg({ ...sheetInput(sheet, request), mapImageHref: href });
}

/** The printable page (one page of the chosen paper) for printToPDF. */
export function sheetHtml(sheet: RenderedSheet, request: SheetRequest): string {
  return buildSheetHtml(sheetSvgWithMap(sheet, request), sheet.layout, request.title, request.language);
}
