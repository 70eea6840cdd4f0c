// Node. Opens a workspace of one synthetic land plan of `count` parcels (syntheticLandPlan) in the editor and waits
// for its first full render. The plan is generated inside the page: sending 300k features through the DevTools
// protocol twice took minutes.
import type { Page } from 'playwright-core';
import { syntheticLandPlan } from './syntheticLandPlan.ts';

export async function openSyntheticWorkspace(page: Page, count: number): Promise<void> {
  // __name: the helper esbuild's keepNames (vitest, tsx) may put into the function's source.
  await page.evaluate(`(async () => {
    const __name = (f) => f;
    const plan = (${syntheticLandPlan.toString()})(${count});
    await window.lantuEditor.openWorkspace({
      format: 'lantu-workspace', schemaVersion: '1.0.0', plans: [plan], rulePack: null, targets: null,
      history: { past: [], future: [] }, view: { language: 'zh', layerViews: {}, planOrder: [] },
    });
    await window.lantuMap.whenRendered();
  })()`);
}
