// The map panel: hosts the OpenLayers controller, the coordinate readout (lon/lat and Gauss-Krüger)
// and the measure result. Geometry edits are checked here before they become commands.
import { useEffect, useRef, useState } from 'react';
import { createMapController, type MapController } from '../map/createMapController.ts';
import type { OverviewStore } from '../map/overviewStore.ts';
import { findSelfIntersection } from '../../engine/geometry/index.ts';
import { surveyReadout } from '../map/surveyReadout.ts';
import { useEditor, useEditorStore, useT } from '../app/StoreContext.tsx';
import { formatArea } from './formatArea.ts';
import { newFeatureFor } from '../store/newFeatureFor.ts';
import { geometryEditCommand } from '../store/geometryEditCommand.ts';
import type { Geometry } from '../../engine/model/index.ts';
import { message as catalogueMessage } from '../i18n/message.ts';

declare global {
  interface Window {
    /** Automation hook for the browser tests and the benchmark (no effect on the UI). */
    lantuMap?: MapController;
  }
}

export function MapView({ overviews }: { overviews?: OverviewStore } = {}) {
  const store = useEditorStore();
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [pointer, setPointer] = useState<[number, number] | null>(null);
  const [measure, setMeasure] = useState<{ lengthM?: number; areaM2?: number } | null>(null);
  const language = useEditor((s) => s.language);

  useEffect(() => {
    const refuse = (geometry: Geometry): string | null => {
      const hit = findSelfIntersection(geometry);
      if (!hit) return null;
      const at = `${hit.at[0].toFixed(6)}, ${hit.at[1].toFixed(6)}`;
      return catalogueMessage(store.getState().language, 'geometrySelfIntersects', { at });
    };
    /** A refused shape (its message, shown), a drawn project boundary taken to the boundary dialog (null), or
     *  undefined: the edit or drawing goes on. */
    const intercept = (geometry: Geometry): string | null | undefined => {
      const message = refuse(geometry);
      const state = store.getState();
      if (message) {
        state.notify({ kind: 'error', text: message });
        return message;
      }
      // A project boundary (项目库 → 在地图上绘制红线) goes to the boundary dialog, not into a plan.
      if (state.drawingBoundary && geometry.type === 'Polygon') {
        state.setDrawingBoundary(false);
        state.setTool('select');
        state.setPendingBoundaries([
          ...state.pendingBoundaries,
          { name: catalogueMessage(state.language, 'drawnBoundary'), bytes: new Uint8Array(), drawn: geometry as never },
        ]);
        return null;
      }
      return undefined;
    };
    const controller = createMapController(
      ref.current!,
      store,
      {
        onPointer: setPointer,
        onMeasure: setMeasure,
        onGeometryEdit: (sel, geometry) => {
          const intercepted = intercept(geometry);
          if (intercepted !== undefined) return intercepted;
          const state = store.getState();
          const feature = state.workspace.plans.get(sel.planId)?.features.get(sel.featureId);
          if (!feature) return 'missing';
          // One undoable command: the shape and the fields derived from it (MJ, CD).
          state.execute(geometryEditCommand(sel.planId, feature, geometry, state.language));
          return null;
        },
        onDraw: (geometry) => {
          const intercepted = intercept(geometry);
          if (intercepted !== undefined) return intercepted;
          const state = store.getState();
          const result = newFeatureFor(state, geometry);
          if ('error' in result) {
            state.notify({ kind: 'error', text: result.error });
            return result.error;
          }
          state.execute(result.command);
          state.select({ planId: result.command.planId, featureId: result.command.feature.id });
          return null;
        },
      },
      overviews,
    );
    window.lantuMap = controller;
    // Find, 定位到坐标 and the attribute table's zoom-to ask the map through the store (mapRequest).
    const offRequest = store.subscribe((state, prev) => {
      if (state.mapRequest && state.mapRequest !== prev.mapRequest) controller.showRequest(state.mapRequest);
    });
    return () => {
      offRequest();
      controller.dispose();
      delete window.lantuMap;
    };
  }, [store, overviews]);

  // OpenLayers' zoom buttons carry English tooltips of their own: give them the catalogue's words.
  useEffect(() => {
    ref.current?.querySelector('.ol-zoom-in')?.setAttribute('title', t('mapZoomIn'));
    ref.current?.querySelector('.ol-zoom-out')?.setAttribute('title', t('mapZoomOut'));
  }, [t, language]);

  return (
    <div className="map-wrap">
      <div ref={ref} className="map" data-testid="map" />
      <div className="readout" data-testid="readout">
        {pointer ? (
          <>
            <span>
              {t('lonLat')} {pointer[0].toFixed(6)}°, {pointer[1].toFixed(6)}°
            </span>
            <span data-testid="readout-survey">{surveyReadout(pointer[0], pointer[1], language)}</span>
          </>
        ) : (
          <span>{t('lonLat')} —</span>
        )}
      </div>
      {measure && (
        <div className="measure-result" data-testid="measure-result">
          {t('measureResult')}: {measure.areaM2 !== undefined ? formatArea(measure.areaM2, t) : `${(measure.lengthM ?? 0).toFixed(2)} m`}
        </div>
      )}
    </div>
  );
}
