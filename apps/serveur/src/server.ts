/** Démarre le serveur HTTP : PORT (3000 par défaut), HOST (127.0.0.1), WEB_DIR. */
import { buildApp } from './app.js';

const port = Number(process.env['PORT'] ?? 3000);
const host = process.env['HOST'] ?? '127.0.0.1';
const webDir = process.env['WEB_DIR'];

const app = await buildApp({ logger: true, ...(webDir === undefined ? {} : { webDir }) });
await app.listen({ port, host });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
