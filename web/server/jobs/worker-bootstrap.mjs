// Piscina worker entry: registers tsx in this worker thread, then loads the TypeScript solve worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./solve-worker.ts');
export default worker.default;
