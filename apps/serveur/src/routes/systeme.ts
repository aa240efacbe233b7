/** Routes techniques : santé du service et catalogue des erreurs. */
import { CATALOGUE_ERREURS } from '@cesu/moteur';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

export const routesSysteme: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', {
    schema: { summary: 'État du service', tags: ['Système'], response: { 200: Type.Object({ statut: Type.Literal('ok') }) } },
  }, async () => ({ statut: 'ok' as const }));

  app.get('/api/erreurs', {
    schema: {
      summary: "Catalogue des codes d'erreur et d'avertissement",
      tags: ['Système'],
      response: {
        200: Type.Array(Type.Object({
          code: Type.String(), statut: Type.Integer(), nature: Type.String(), titre: Type.String(), resolution: Type.String(),
        })),
      },
    },
  }, async () => Object.entries(CATALOGUE_ERREURS).map(([code, e]) => ({ code, ...e })));
};
