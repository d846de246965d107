// custom-elements.json from the elements' JSDoc: feeds Storybook's docs
// tables, the docs site's API tables and editor tooling.
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Events are typed classes with a static name (house style 7): the
      // analyzer sees `dispatchEvent(new QuotaErrorEvent(…))` but cannot name
      // it. The `@fires` tags already list every event by name.
      name: 'quota-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
