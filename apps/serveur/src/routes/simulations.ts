/**
 * Simulateur : POST /api/v1/simulations (bulletin complet) et
 * POST /api/v1/simulations/budget (salaire horaire permis par un budget).
 * La route ne fait qu'appeler le moteur : toute la règle est dans @cesu/moteur.
 */
import { salaireHorairePourBudget, simule } from '@cesu/moteur';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { envoieProbleme, problemeDeSaisie } from '../http/probleme.js';
import { CorpsBudget, CorpsSimulation, Probleme, ReponseBudget, ReponseSimulation } from '../schemas/simulation.js';

export const routesSimulations: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/api/v1/simulations', {
    schema: {
      summary: 'Simuler un bulletin CESU',
      description: "Calcule le brut, chaque cotisation salariale et patronale avec sa source, la déduction ou l'exonération, la contribution santé au travail, le prélèvement à la source, le net payé, le coût employeur, le crédit d'impôt et le reste à charge avec avance immédiate.",
      tags: ['Simulateur'],
      body: CorpsSimulation,
      response: { 200: ReponseSimulation, 400: Probleme },
    },
  }, async (request, reply) => {
    const resultat = simule(request.body);
    if (!resultat.ok) return envoieProbleme(reply, problemeDeSaisie(resultat.erreurs));
    return resultat.valeur;
  });

  app.post('/api/v1/simulations/budget', {
    schema: {
      summary: 'Salaire horaire net permis par un budget mensuel',
      description: 'Cherche le plus grand salaire horaire net (au centime) dont le coût employeur, ou le reste à charge après avance immédiate, tient dans le budget.',
      tags: ['Simulateur'],
      body: CorpsBudget,
      response: { 200: ReponseBudget, 400: Probleme },
    },
  }, async (request, reply) => {
    const resultat = salaireHorairePourBudget(request.body);
    if (!resultat.ok) return envoieProbleme(reply, problemeDeSaisie(resultat.erreurs));
    return resultat.valeur;
  });
};
