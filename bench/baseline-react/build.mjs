// Builds the React floor (index.html, main.jsx) with Vite into `outDir`, a directory of its
// own at bench time: it is never part of the app's dist/ nor of its first-load JS. The table's
// rows, labels and sample values (JSON printed by measure/table3-data.ts) are bundled in as the
// module `virtual:table3`, as a React app would bundle its data.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A Vite plugin serving `json` as the default export of `virtual:table3`. */
function table3(json) {
  const id = 'virtual:table3';
  return {
    name: 'bench:table3',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (key) => (key === `\0${id}` ? `export default ${json};` : null),
  };
}

/** Builds the React page of table 3 with the data `json` into `outDir`. */
export async function buildReactBaseline({ outDir, json }) {
  await build({
    configFile: false,
    root: HERE,
    base: './',
    logLevel: 'warn',
    plugins: [react(), table3(json)],
    build: { outDir, emptyOutDir: true },
  });
}
