import { simule } from '@cesu/moteur';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { simuler } from '../../../../packages/cli/src/simuler.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ webDir: '/nonexistent' });
});
afterAll(async () => app.close());

const poste = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });

describe('POST /api/v1/simulations', () => {
  it('rend le bulletin complet : exemple § 12 du référentiel (mars 2025, 8 h à 11 € net)', async () => {
    const r = await poste('/api/v1/simulations', { periode: '2025-03', heures: 8, salaireHoraireNet: 11 });
    expect(r.statusCode).toBe(200);
    const corps = r.json();
    expect(corps).toMatchObject({
      salaireBrut: 112.65, salaireNet: 88, cotisationsSalariales: 24.65, cotisationsPatronales: 50.35,
      deductionForfaitaire: 16, contributionSanteTravail: 3.04, cotisationsPatronalesDues: 37.39,
      coutEmployeur: 150.04, creditImpot: 75.02, resteACharge: 75.02, netPaye: 88, netImposable: 91.21,
    });
    expect(corps.lignes.length).toBeGreaterThan(20);
    for (const ligne of corps.lignes) expect(ligne.reference.url).toMatch(/^https:\/\//);
  });

  it('accepte les minutes comme les heures décimales (7,5 h = 450 min)', async () => {
    const enHeures = (await poste('/api/v1/simulations', { periode: '2026-02', heures: 7.5, salaireHoraireNet: 12 })).json();
    const enMinutes = (await poste('/api/v1/simulations', { periode: '2026-02', minutes: 450, salaireHoraireNet: 12 })).json();
    expect(enHeures.salaireBrut).toBe(enMinutes.salaireBrut);
    expect(enHeures.deductionForfaitaire).toBe(15);
  });

  it("concorde au centime avec le moteur et avec la CLI (--json) sur des saisies variées", async () => {
    const saisies = [
      { periode: '2025-06', heures: 23.25, salaireHoraireBrut: 15.1, exoneration: '70-ans' },
      { periode: '2026-03', minutes: 1234, salaireHoraireNet: 13.37, alsaceMoselle: true, tauxPAS: 0.075 },
      { periode: '2026-07', heures: 40, salaireHoraireNet: 11.5, congesPayes: 'a-part', heuresCongesPayes: 4 },
    ];
    for (const saisie of saisies) {
      const api = (await poste('/api/v1/simulations', saisie)).json();
      const moteur = simule(saisie);
      expect(moteur.ok).toBe(true);
      if (moteur.ok) expect(api).toEqual(JSON.parse(JSON.stringify(moteur.valeur)));
      const args = ['--periode', saisie.periode, '--json'];
      if (saisie.heures !== undefined) args.push('--heures', String(saisie.heures));
      if (saisie.minutes !== undefined) args.push('--minutes', String(saisie.minutes));
      if (saisie.salaireHoraireNet !== undefined) args.push('--salaire-horaire-net', String(saisie.salaireHoraireNet));
      if (saisie.salaireHoraireBrut !== undefined) args.push('--salaire-horaire-brut', String(saisie.salaireHoraireBrut));
      if (saisie.exoneration !== undefined) args.push('--exoneration', saisie.exoneration);
      if (saisie.alsaceMoselle === true) args.push('--alsace-moselle');
      if (saisie.tauxPAS !== undefined) args.push('--taux-pas', String(saisie.tauxPAS));
      if (saisie.congesPayes !== undefined) args.push('--conges-payes', saisie.congesPayes);
      if (saisie.heuresCongesPayes !== undefined) args.push('--heures-conges-payes', String(saisie.heuresCongesPayes));
      let sortie = '';
      expect(simuler(args, (t) => (sortie += t), () => undefined)).toBe(0);
      expect(JSON.parse(sortie)).toEqual(api);
    }
  });

  it('refuse une saisie métier fausse avec 400 problem+json, chaque erreur sur son champ', async () => {
    const r = await poste('/api/v1/simulations', { periode: '2027-01', heures: 10, salaireHoraireNet: 10.555 });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = r.json();
    expect(p).toMatchObject({ status: 400, code: 'REQUETE_INVALIDE', type: '/api/erreurs#REQUETE_INVALIDE' });
    expect(p.erreurs).toEqual(expect.arrayContaining([
      expect.objectContaining({ champ: 'periode', code: 'PERIODE_NON_COUVERTE' }),
      expect.objectContaining({ champ: 'salaireHoraireNet', code: 'SALAIRE_INVALIDE' }),
    ]));
  });

  it("une seule erreur donne son propre code au problème (salaire sous le SMIC)", async () => {
    const p = (await poste('/api/v1/simulations', { periode: '2026-01', heures: 10, salaireHoraireNet: 5 })).json();
    expect(p.code).toBe('SALAIRE_INFERIEUR_SMIC');
    expect(p.detail).toContain('SMIC');
  });

  it('refuse les champs inconnus et les types faux, sans conversion silencieuse', async () => {
    const r = await poste('/api/v1/simulations', { periode: '2026-01', heures: '10', salaireHoraireNet: 11, bonus: 1 });
    expect(r.statusCode).toBe(400);
    const champs = (r.json().erreurs as { champ: string; code: string }[]).map((e) => `${e.champ}:${e.code}`);
    expect(champs).toEqual(expect.arrayContaining(['bonus:CHAMP_INCONNU', 'heures:REQUETE_INVALIDE']));
  });

  it('JSON illisible → 400, mauvais type de contenu → 415, corps trop gros → 413 : jamais de 5xx', async () => {
    expect((await poste('/api/v1/simulations', '{"periode":', { 'content-type': 'application/json' })).statusCode).toBe(400);
    const texte = await poste('/api/v1/simulations', 'periode=2026-01', { 'content-type': 'text/plain' });
    expect(texte.statusCode).toBe(415);
    expect(texte.json().code).toBe('TYPE_CONTENU_NON_SUPPORTE');
    const gros = await poste('/api/v1/simulations', `{"x":"${'a'.repeat(70_000)}"}`, { 'content-type': 'application/json' });
    expect(gros.statusCode).toBe(413);
    expect(gros.json().code).toBe('CORPS_TROP_VOLUMINEUX');
  });
});

describe('POST /api/v1/simulations/budget', () => {
  it('rend le plus grand salaire horaire net dont le coût tient dans le budget', async () => {
    const r = await poste('/api/v1/simulations/budget', { periode: '2026-01', heures: 10, budgetMensuel: 200 });
    expect(r.statusCode).toBe(200);
    const { salaireHoraireNet, simulation } = r.json();
    expect(simulation.coutEmployeur).toBeLessThanOrEqual(200);
    const auDessus = (await poste('/api/v1/simulations', { periode: '2026-01', heures: 10, salaireHoraireNet: Math.round(salaireHoraireNet * 100 + 1) / 100 })).json();
    expect(auDessus.coutEmployeur).toBeGreaterThan(200);
  });

  it('BUDGET_INSUFFISANT quand le budget ne paie pas le SMIC', async () => {
    const r = await poste('/api/v1/simulations/budget', { periode: '2026-01', heures: 10, budgetMensuel: 50 });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('BUDGET_INSUFFISANT');
  });
});

describe('routes techniques', () => {
  it('GET /health', async () => {
    expect((await app.inject('/health')).json()).toEqual({ statut: 'ok' });
  });

  it('GET /api/openapi.json décrit les routes du simulateur', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/simulations', '/api/v1/simulations/budget', '/health']));
  });

  it('GET /api/docs sert la documentation', async () => {
    const r = await app.inject('/api/docs/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
  });

  it('route inconnue → 404 problem+json', async () => {
    const r = await app.inject('/api/v1/nimporte');
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('RESSOURCE_INTROUVABLE');
  });
});
