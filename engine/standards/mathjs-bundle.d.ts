/**
 * mathjs's single-file build (UMD, one module): the same library as the package's ESM entry, whose ~1,300
 * modules take 0.8 s to load in Node (1.5 s under tsx, most of a cold `junheng` command); this one 0.1 s.
 */
declare module 'mathjs/lib/browser/math.js' {
  const math: typeof import('mathjs');
  export default math;
}
