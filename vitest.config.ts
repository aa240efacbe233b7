import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Les tests importent les sources TypeScript des paquets (pas leur dist/).
const alias = { '@cesu/moteur': fileURLToPath(new URL('./packages/moteur/src/index.ts', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unitaires', include: ['packages/*/src/**/*.test.ts', 'apps/serveur/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: { name: 'navigateur', include: ['e2e/**/*.e2e.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
