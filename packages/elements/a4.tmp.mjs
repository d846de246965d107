import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['src/quota.ts'], bundle: true, format: 'esm', minify: true, write: false, metafile: true, conditions: ['source'], tsconfig: '/work/main/tsconfig.json' });
console.log('gzip KB', (gzipSync(r.outputFiles[0].contents, {level:9}).length/1024).toFixed(1));
const sizes = {};
for (const [inp, v] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) { const key = inp.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1').replace(/^(\.\.\/domain\/src|src)\/([^/]+).*/, '$1/$2'); sizes[key] = (sizes[key] || 0) + v.bytesInOutput; }
console.log(Object.entries(sizes).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k} ${(v/1024).toFixed(1)}KB`).join('\n'));
