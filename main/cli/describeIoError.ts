// The CLI's file-system messages are the shell's (main/node/describeIoError.ts).
export { describeIoError } from '../node/describeIoError.ts';
