// Store slice: the exchange's view state — the 回执 of the blueprint package opened last (per department: kept,
// changed by which resolution, removed, added), the department shown, which outcomes the map filter draws, and a
// 部门报送包 opened and awaiting the bureau's decision. Never logged, never in a `.lantu`.
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
  /** A submission opened (打开成果包 or a drop) and not yet accepted or dismissed. */
  pendingSubmission: { name: string; bytes: Uint8Array } | null;
  setPendingSubmission: (submission: { name: string; bytes: Uint8Array } | null) => void;
}

export const createReceiptSlice: StateCreator<EditorState, [], [], ReceiptSlice> = (set) => ({
  receipt: null,
  receiptDepartment: null,
  receiptOutcomes: [],
  setReceipt: (receipt) => set({ receipt, receiptDepartment: receipt?.receipts[0]?.department ?? null, receiptOutcomes: [] }),
  setReceiptDepartment: (receiptDepartment) => set({ receiptDepartment }),
  setReceiptOutcomes: (receiptOutcomes) => set({ receiptOutcomes }),
  pendingSubmission: null,
  setPendingSubmission: (pendingSubmission) => set({ pendingSubmission }),
});
