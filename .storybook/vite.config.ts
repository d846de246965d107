import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources.
export default defineConfig({ resolve: { conditions: ['source', ...defaultClientConditions] } });
