/**
 * What a pool thread's bundle (worker-bundle.ts) imports in place of mathjs's single-file build: the same
 * `parse`, loaded on its first call. Why: a solve never parses a formula unless its standard has formula
 * indicators, and loading mathjs took 0.2 s of every new thread's start (alone; more with two starting together).
 * Node only (a synchronous require); the browser and the tsx fallback load mathjs itself.
 */
import { createRequire } from 'node:module';

type MathJs = typeof import('mathjs');

let loaded: MathJs | undefined;
const mathjs = (): MathJs => (loaded ??= createRequire(import.meta.url)('mathjs/lib/browser/math.js') as MathJs);

const lazy = { parse: ((...args: Parameters<MathJs['parse']>) => mathjs().parse(...args)) as MathJs['parse'] };
export default lazy;
