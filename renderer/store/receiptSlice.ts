// Store slice: the 回执 of the blueprint package opened last (per department: kept, changed by which resolution,
// removed, added), the department shown and which outcomes the map filter draws. View state only: never logged,
// never in a `.lantu`.
import type { StateCreator } from 'zustand';
import type { DepartmentReceipt, ReceiptOutcome, SignatureCheck } from '../../engine/exchange/index.ts';
import type { Geometry } from '../../engine/model/index.ts';
import type { EditorState } from './createEditorStore.ts';

export interface ReceiptView {
  fileName: string;
  signature: Pick<SignatureCheck, 'status' | 'message'>;
  /** One per department, sorted by department name. */
  receipts: DepartmentReceipt[];
  /** `${planId}/${featureId}` → what the map filter draws. */
  geometries: ReadonlyMap<string, Geometry>;
}

export interface ReceiptSlice {
  receipt: ReceiptView | null;
  receiptDepartment: string | null;
  /** Outcomes drawn on the map (empty: the filter is off). */
  receiptOutcomes: readonly ReceiptOutcome[];
  setReceipt: (receipt: ReceiptView | null) => void;
  setReceiptDepartment: (department: string | null) => void;
  setReceiptOutcomes: (outcomes: readonly ReceiptOutcome[]) => void;
}

export const createReceiptSlice: StateCreator<EditorState, [], [], ReceiptSlice> = (set) => ({
  receipt: null,
  receiptDepartment: null,
  receiptOutcomes: [],
  setReceipt: (receipt) => set({ receipt, receiptDepartment: receipt?.receipts[0]?.department ?? null, receiptOutcomes: [] }),
  setReceiptDepartment: (receiptDepartment) => set({ receiptDepartment }),
  setReceiptOutcomes: (receiptOutcomes) => set({ receiptOutcomes }),
});
