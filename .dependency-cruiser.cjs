/**
 * Import rules of the house, checked by `npm test` (tests/architecture/import-rules.test.ts) and by
 * `npx depcruise engine web --config .dependency-cruiser.cjs`. Each rule's `comment` is the reason a
 * violation prints. The layering, lowest first:
 *   county, standards, solve → indicators, scenario → plan → model → optimize, uncertainty
 *   → compare, report → cli, node → web (contract → server, app).
 * Type-only imports count (tsPreCompilationDeps): a type is a dependency on the layer that owns it.
 */

/** Engine layers, lowest first; a file may import its own layer and those below, never one above. */
const LAYERS = [
  ['county', 'standards', 'solve'],
  ['indicators', 'scenario'],
  ['plan'],
  ['model'],
  ['optimize', 'uncertainty'],
  ['compare', 'report'],
  ['cli', 'node'],
];

const folders = (names) => `^engine/(${names.join('|')})/`;

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `engine-layer-${layer.join('-')}`,
  comment: `engine/${layer.join(', engine/')} may not import a higher layer (${LAYERS.slice(i + 1).flat().join(', ')}): imports point one way, county/standards → indicators → plan → model → optimize → compare/report → cli/node.`,
  severity: 'error',
  from: { path: folders(layer) },
  to: { path: folders(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make a change ripple both ways; break the cycle by moving the shared piece down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-not-web',
      comment: 'The engine is the bottom of the house: engine/ imports nothing from web/.',
      severity: 'error',
      from: { path: '^engine/' },
      to: { path: '^web/' },
    },
    {
      name: 'engine-node-apis',
      comment: 'engine/ is pure TypeScript: only engine/cli and engine/node may import Node APIs (fs, worker_threads, os, …).',
      severity: 'error',
      from: { path: '^engine/', pathNot: '^engine/(cli|node)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-node-apis-packages',
      comment: 'engine/ is pure TypeScript: only engine/cli and engine/node may import packages that do I/O or start threads (piscina, commander, cli-progress, better-sqlite3, tsx, esbuild).',
      severity: 'error',
      from: { path: '^engine/', pathNot: '^engine/(cli|node)/' },
      to: { path: 'node_modules/(piscina|commander|cli-progress|better-sqlite3|tsx|esbuild|fastify|bullmq|ioredis)/' },
    },
    {
      name: 'solve-knows-no-planning',
      comment: 'engine/solve is a solver-neutral LP layer: it knows nothing of counties, scenarios or plans.',
      severity: 'error',
      from: { path: '^engine/solve/' },
      to: { path: '^engine/', pathNot: '^engine/solve/' },
    },
    {
      name: 'plan-below-model',
      comment: 'engine/plan says what a plan is and replays it; it imports neither engine/model nor engine/optimize.',
      severity: 'error',
      from: { path: '^engine/plan/' },
      to: { path: '^engine/(model|optimize)/' },
    },
    {
      name: 'model-below-optimize',
      comment: 'engine/model builds the program from its inputs; it imports neither engine/optimize nor engine/uncertainty (enrollment paths and rotation roles come in as inputs).',
      severity: 'error',
      from: { path: '^engine/model/' },
      to: { path: '^engine/(optimize|uncertainty)/' },
    },
    ...layerRules,
    {
      name: 'cli-and-node-apart',
      comment: 'engine/node (the worker pool) serves both the CLI and the server, so it may not import engine/cli.',
      severity: 'error',
      from: { path: '^engine/node/' },
      to: { path: '^engine/cli/' },
    },
    {
      name: 'server-not-cli',
      comment: 'The server uses the engine through engine/node and the engine layers, never through engine/cli.',
      severity: 'error',
      from: { path: '^web/server/' },
      to: { path: '^engine/cli/' },
    },
    {
      name: 'contract-stands-alone',
      comment: 'web/contract is the HTTP contract both sides import: it imports neither web/server nor web/app.',
      severity: 'error',
      from: { path: '^web/contract/' },
      to: { path: '^web/(server|app)/' },
    },
    {
      name: 'app-over-http',
      comment: 'The web app reaches the server only over HTTP: it imports nothing from web/server (shared shapes live in web/contract).',
      severity: 'error',
      from: { path: '^web/app/' },
      to: { path: '^web/server/' },
    },
    {
      name: 'app-no-node-apis',
      comment: 'The web app runs in the browser: no Node APIs.',
      severity: 'error',
      from: { path: '^web/app/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-apart',
      comment: 'A feature (web/app/src/features/X) does not import another feature; shared pieces live in web/app/src/shared.',
      severity: 'error',
      from: { path: '^web/app/src/features/([^/]+)/' },
      to: { path: '^web/app/src/features/', pathNot: '^web/app/src/features/$1/' },
    },
    {
      name: 'server-listens-in-server-ts',
      comment: 'Nothing imports web/server/server.ts: it is the one place that listens.',
      severity: 'error',
      from: {},
      to: { path: '^web/server/server\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
