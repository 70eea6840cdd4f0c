// The editor applies commands through engine/edit (the one edit model); re-exported for the store's users.
export { applyCommand, planEntryOf, planDocumentOf, CommandError } from '../../engine/edit/index.ts';
