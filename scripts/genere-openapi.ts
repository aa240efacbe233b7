// Écrit le document OpenAPI de l'API (docs/api/openapi.json), généré depuis les schémas TypeBox.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../apps/serveur/src/app.js';

const app = await buildApp({ webDir: '/inexistant' });
await app.ready();
writeFileSync(new URL('../docs/api/openapi.json', import.meta.url), `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
