/**
 * Fabrique de l'application Fastify, séparée de `listen` (server.ts) : les tests utilisent
 * `app.inject()` sans réseau. Chaque groupe de routes est un plugin encapsulé.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { installeGestionErreurs } from './http/gestion-erreurs.js';
import { envoieProbleme, probleme } from './http/probleme.js';
import { estPageApplication, installeWeb } from './http/web.js';
import { routesSimulations } from './routes/simulations.js';
import { routesSysteme } from './routes/systeme.js';

export interface OptionsApp {
  /** Dossier de l'application web construite ; par défaut apps/web/dist. */
  readonly webDir?: string;
  readonly logger?: boolean;
}

export const DOSSIER_WEB_PAR_DEFAUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../web/dist');

/** Taille maximale d'un corps de requête : 64 Kio. */
const LIMITE_CORPS = 64 * 1024;

export async function buildApp(options: OptionsApp = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === true ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
    bodyLimit: LIMITE_CORPS,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, useDefaults: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installeGestionErreurs(app);
  // Seul le JSON est accepté : un corps text/plain reçoit 415 plutôt qu'une erreur de schéma.
  app.removeContentTypeParser('text/plain');
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Plateforme CESU — API',
        version: '0.1.0',
        description: "API ouverte de la plateforme CESU : simulateur de bulletin (cotisations, net, coût, crédit d'impôt). Erreurs au format RFC 9457 ; catalogue des codes : GET /api/erreurs.",
      },
      tags: [{ name: 'Simulateur' }, { name: 'Système' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(routesSysteme);
  await app.register(routesSimulations);

  const webDir = options.webDir ?? DOSSIER_WEB_PAR_DEFAUT;
  const avecWeb = await installeWeb(app, webDir);
  app.setNotFoundHandler((request, reply) => {
    if (avecWeb && estPageApplication(request.method, request.url, request.headers.accept)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return envoieProbleme(reply, probleme('RESSOURCE_INTROUVABLE', `Aucune route ${request.method} ${request.url.split('?')[0] ?? ''}.`));
  });
  return app;
}
