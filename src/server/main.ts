// The server's entry: Node's module resolution is made cheaper first, then the server is loaded.
import { resolveModuleFormatsOnce } from './module-formats.ts';

resolveModuleFormatsOnce();
await import('./run-server.ts');
