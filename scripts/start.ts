// `npm start`: build the SPA when its sources changed, then run the one server process (API + SPA).
import { buildIfNeeded } from './build-if-needed.ts';

await buildIfNeeded(process.env.STATIC_DIR ?? 'dist');
await import('../src/server/main.ts');
