// modalContainer() → the element antd modals of the import dialog render into. Not document.body: antd's
// scroll lock injects a <style> without the page's CSP nonce whenever a modal portals into the body, and the
// CSP (never 'unsafe-inline') blocks it with a console error. The editor's layout does not scroll anyway.
let container: HTMLElement | null = null;

export function modalContainer(): HTMLElement {
  if (container?.isConnected) return container;
  container = document.createElement('div');
  container.className = 'lantu-modal-root';
  document.body.appendChild(container);
  return container;
}
