/**
 * The HTTP API's contract: TypeBox schemas (request validation, response serialization, OpenAPI) and their
 * TS types, imported by web/server's routes and web/app's client. Imports nothing from web/server or web/app;
 * engine results pass through as the engine's types. The app imports types only, so TypeBox stays out of its bundle.
 */
export * from './common.ts';
export * from './datasets.ts';
export * from './scenarios.ts';
export * from './runs.ts';
export * from './sweeps.ts';
export * from './compare.ts';
export * from './simulate.ts';
export * from './exports.ts';
export * from './session.ts';
export * from './batches.ts';
