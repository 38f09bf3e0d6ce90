/**
 * V8 flags the server runs with (`npm start` and `npm run serve` pass the same in package.json). The
 * young generation otherwise grows to 128 MB per thread (HTTP and embedded store), which put the
 * server's peak memory over 1 GiB; capped, it is ~150 MB lower at no measured cost in throughput
 * (docs/decisions.md, bench/RESULTS.md).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];
