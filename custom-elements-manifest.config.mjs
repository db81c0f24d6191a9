// Custom Elements Manifest from the elements' doc comments.
/** Keeps only the documented nw-* events (the analyzer also picks up the generic emit helper). */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('nw-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/widget-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/render-*.ts', 'src/elements/chart/load-renderer.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
