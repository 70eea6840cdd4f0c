// Pure. metadataTitle(candidates, file, layer) → the first usable plan title among a source's metadata
// values, or undefined. A value that is only the file or table name (GDAL writes the layer name into a
// GeoJSON's `name` and a GeoPackage's identifier) is not a title: the dialog then asks for one.

const MAX_TITLE_CHARS = 200;

function stem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
}

export function metadataTitle(candidates: readonly unknown[], file: string, layer?: string): string | undefined {
  const names = new Set([stem(file).toLowerCase(), (layer ?? '').toLowerCase(), file.toLowerCase()]);
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const title = c.replace(/\s+/g, ' ').trim();
    if (title === '' || title.length > MAX_TITLE_CHARS || names.has(title.toLowerCase()) || names.has(stem(title).toLowerCase())) continue;
    return title;
  }
  return undefined;
}
