/** Types of bin/cli-bundle.mjs (plain JavaScript: bin/junheng.js loads it before any TypeScript loader). */
export function cliBundle(): Promise<string | undefined>;
