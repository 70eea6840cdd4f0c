// The import dialog, loaded on first open: it pulls in the importers (shapefile, GeoPackage, DXF …), which the
// first render does not need. Every place that opens it uses this wrapper, so the chunk really stays out of the entry.
import { lazy, Suspense, type ComponentProps } from 'react';

const ImportDialogChunk = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));

export function LazyImportDialog(props: ComponentProps<typeof ImportDialogChunk>) {
  return (
    <Suspense fallback={null}>
      <ImportDialogChunk {...props} />
    </Suspense>
  );
}
