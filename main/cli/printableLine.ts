// printableLine(line) → the line with terminal control characters (C0 except tab, DEL, C1) shown as \xNN, so a
// 地块名称 or --xmmc carrying ESC sequences cannot clear the screen, retitle the window or hide text when printed.
// Newlines are kept: a command prints one line at a time, and a message may hold several.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printableLine(line: string): string {
  return line.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
