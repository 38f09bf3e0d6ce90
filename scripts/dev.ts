// `npm run dev`: the API server on PORT (8787) and Vite's dev server with hot reload, proxying /api to it.
import { type ChildProcess, spawn } from 'node:child_process';
import { SERVER_NODE_FLAGS } from './server-node-flags.ts';

const node = process.execPath;
const children: ChildProcess[] = [
  spawn(
    node,
    [...SERVER_NODE_FLAGS, '--watch-path=src/server', '--watch-path=src/contract', 'src/server/main.ts'],
    {
      stdio: 'inherit',
    },
  ),
  spawn(node, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
