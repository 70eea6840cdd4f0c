// Pure. Whether a path inside the container is a plain relative path (no `..`, no absolute or drive
// paths, no backslashes, no empty segments), so nothing can be written or read outside it.

export function isSafeEntryPath(path: string): boolean {
  if (path.length === 0 || path.length > 512) return false;
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
