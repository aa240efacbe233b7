/**
 * Sert l'application web construite (apps/web/dist) à la racine, avec repli sur index.html
 * pour les adresses de l'application monopage. Les adresses /api restent des 404 JSON.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function installeWeb(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, "application web non construite : lancez « npm run build » pour servir l'interface");
    return false;
  }
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false });
  return true;
}

/** Les GET hors /api qui attendent du HTML reçoivent l'application (routage côté navigateur). */
export const estPageApplication = (methode: string, url: string, accept: string | undefined): boolean =>
  methode === 'GET' && !url.startsWith('/api') && url !== '/health' && (accept ?? '').includes('text/html');
