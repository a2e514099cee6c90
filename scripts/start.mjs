#!/usr/bin/env node
// `npm start`: the Vite dev server on 127.0.0.1, port 5173 or the next free one, and its address.
import { createServer } from 'vite';

const server = await createServer({
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
});
await server.listen();
server.printUrls();

const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`\n  打开 / open: ${url}\n  (Ctrl+C 停止 / to stop)\n`);

async function stop() {
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
