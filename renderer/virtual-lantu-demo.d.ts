// Types of the build-time module that bundles the first-start demo workspace (see vite.config.ts).
declare module 'virtual:lantu-demo' {
  type Loader = (() => Promise<unknown>) | null;
  export const demoPlans: { land: Loader; ecology: Loader; industry: Loader; transport: Loader };
  export const demoRulePack: Loader;
  export const demoTargets: Loader;
  export const demoExpectedConflicts: Loader;
}
