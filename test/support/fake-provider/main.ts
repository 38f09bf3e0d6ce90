// Runs the fake provider on its own (Playwright's second web server, manual tries):
// FAKE_PROVIDER_PORT (default 8799), FAKE_PROVIDER_DELAY_MS (latency of every answer, default 0).
import { startFakeProvider } from './server.ts';

const provider = await startFakeProvider(Number(process.env.FAKE_PROVIDER_PORT ?? 8799));
const delayMs = Number(process.env.FAKE_PROVIDER_DELAY_MS ?? 0);
if (delayMs > 0) provider.setRules([{ delayMs }]);
console.log(`fake provider listening on ${provider.url}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
