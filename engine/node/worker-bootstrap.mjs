// Piscina worker entry: registers tsx in this worker thread, then loads the TypeScript worker (worker.ts).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
