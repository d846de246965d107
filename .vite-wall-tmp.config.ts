import base from './vite.config.ts';
export default { ...base, server: { ...base.server, port: 5215, strictPort: true, hmr: false } };
