// Custom Elements Manifest from the elements' doc comments.
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/widget-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/render-*.ts', 'src/elements/chart/load-renderer.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
