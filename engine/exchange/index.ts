// Public surface of engine/exchange (pure): signed zips (signature.json over manifest.json), the 部门报送包 a
// liaison sends and the bureau reads, the register of accepted submissions that refuses replays, and the 回执 a
// department reads from an issued blueprint package.
export {
  SIGNATURE_PATH,
  SIGNATURE_FORMAT,
  signatureFileBytes,
  checkSignature,
  type SignatureFile,
  type SignatureStatus,
  type SignatureCheck,
} from './signatureFile.ts';
export { appendSignatureEntry, splitSignedZip, UnsignableZip } from './signedZip.ts';
export { signZip, readSignedZip, sameBytes, type SignedZip } from './signZip.ts';
export * from './submissionTypes.ts';
export { buildSubmission, submissionFiles } from './buildSubmission.ts';
export { readSubmission, SUBMISSION_ZIP_LIMITS } from './readSubmission.ts';
export {
  checkReplay,
  recordAccepted,
  lastAccepted,
  parseAcceptedRegister,
  EMPTY_ACCEPTED_REGISTER,
  type AcceptedRegister,
  type AcceptedSubmission,
} from './acceptedSubmissions.ts';
export { historyFromDiff, type CommandMeta } from './historyFromDiff.ts';
export {
  departmentReceipt,
  RECEIPT_OUTCOME_LABEL,
  type DepartmentReceipt,
  type ReceiptRow,
  type ReceiptResolution,
  type ReceiptOutcome,
  type ReceiptReading,
} from './departmentReceipt.ts';
export { receiptCsv } from './receiptCsv.ts';
export { submittedResolutions, officialResolutionsOf } from './officialResolutions.ts';
export { SIGNED_JSON_FORMAT, signJsonFile, openSignedJsonFile, isSignedJsonFile, type OpenedJsonFile } from './signedJsonFile.ts';
