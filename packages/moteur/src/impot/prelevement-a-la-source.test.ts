import { describe, expect, it } from 'vitest';
import { calculePrelevement, tauxNeutre } from './prelevement-a-la-source.js';
import { c, parametres, t, unBulletin } from '../test-utils/builders.js';

describe('CGI art. 204 H III — grille du taux neutre : une base égale à une borne relève de la tranche supérieure (R10)', () => {
  // Grille 2025 (dès mai 2025) : 0 % sous 1 620 €, 0,5 % sous 1 683 €, 1,3 % sous 1 791 € … 43 % au-delà de 55 062 €
  const grille2025 = parametres(2025, 5).grilleTauxNeutre;
  it.each([
    [0, 0, 'base nulle'],
    [161_999, 0, '1 619,99 € < 1 620 €'],
    [162_000, 5_000, '1 620,00 € = borne → 0,5 % (« inférieure à »)'],
    [162_001, 5_000, '1 620,01 €'],
    [168_299, 5_000, '1 682,99 € < 1 683 €'],
    [168_300, 13_000, '1 683,00 € = borne → 1,3 %'],
    [5_506_199, 380_000, '55 061,99 € → 38 %'],
    [5_506_200, 430_000, '55 062,00 € = dernière borne → 43 %'],
    [100_000_000, 430_000, '1 000 000 € → 43 %'],
  ])('base %i c → %i millionièmes (%s)', (base, attendu) => {
    expect(tauxNeutre(c(base), grille2025)).toBe(attendu);
  });

  it('grille 2024 (janvier–avril 2025) : 1 591,00 € → 0,5 % ; 1 590,99 € → 0 %', () => {
    const grille2024 = parametres(2025, 4).grilleTauxNeutre;
    expect(tauxNeutre(c(159_099), grille2024)).toBe(0);
    expect(tauxNeutre(c(159_100), grille2024)).toBe(5_000);
  });

  it('grille 2026 : 1 635,00 € → 0,5 % ; 1 634,99 € → 0 %', () => {
    const grille2026 = parametres(2026, 1).grilleTauxNeutre;
    expect(tauxNeutre(c(163_499), grille2026)).toBe(0);
    expect(tauxNeutre(c(163_500), grille2026)).toBe(5_000);
  });

  it('une grille sans dernière tranche ouverte est un bogue de données', () => {
    expect(() => tauxNeutre(c(1_000_000), [{ jusqua: 100, taux: 0 }])).toThrow(/tranche/);
  });
});

describe('CGI art. 204 A — prélèvement à la source, arrondi au centime demi vers le haut (R6)', () => {
  it('taux personnalisé 5,5 % sur 91,21 € = 5,01655 → 5,02 €', () => {
    expect(calculePrelevement(c(9_121), t(55_000), [])).toEqual({ taux: 55_000, origine: 'personnalise', montant: 502 });
  });
  it('taux personnalisé nul : 0 € et origine personnalisée (pas la grille)', () => {
    const grille = parametres(2025, 5).grilleTauxNeutre;
    expect(calculePrelevement(c(500_000), t(0), grille)).toEqual({ taux: 0, origine: 'personnalise', montant: 0 });
  });
  it('taux neutre : 1 620,00 € × 0,5 % = 8,10 €', () => {
    const grille = parametres(2025, 5).grilleTauxNeutre;
    expect(calculePrelevement(c(162_000), null, grille)).toEqual({ taux: 5_000, origine: 'neutre', montant: 810 });
  });

  it('bulletin § 12 avec tauxPAS 0,055 : PAS 5,02 €, net payé 88,00 − 5,02 = 82,98 €', () => {
    const b = unBulletin({ tauxPAS: 0.055 });
    expect(b.prelevement).toEqual({ taux: 55_000, origine: 'personnalise', montant: 502 });
    expect(b.netPaye).toBe(8_298);
    const ligne = b.lignes.find((l) => l.code === 'prelevement-a-la-source');
    expect(ligne?.montant).toBe(502);
    expect(ligne?.base).toBe(9_121);
  });
});

describe('Référentiel § 8 — la grille dépend du mois de paiement, pas de la période d\'emploi', () => {
  // Avril 2025, 140 h × 14,60 brut = 2 044,00 € ; salariales 447,25 € → net 1 596,75 ;
  // net imposable = 1 596,75 + CSG non déductible 48,20 + CRDS 10,04 = 1 654,99 €
  const saisie = { periode: '2025-04', heures: 140, salaireHoraireBrut: 14.6 };
  it('payé en avril 2025 (grille 2024) : 1 653 ≤ 1 654,99 < 1 759 → 1,3 % → 21,51487 → 21,51 €', () => {
    const b = unBulletin(saisie);
    expect(b.netImposable).toBe(165_499);
    expect(b.prelevement).toEqual({ taux: 13_000, origine: 'neutre', montant: 2_151 });
    expect(b.netPaye).toBe(159_675 - 2_151);
  });
  it('payé en mai 2025 (grille 2025) : 1 620 ≤ 1 654,99 < 1 683 → 0,5 % → 8,27495 → 8,27 €', () => {
    const b = unBulletin({ ...saisie, moisPaiement: '2025-05' });
    expect(b.prelevement).toEqual({ taux: 5_000, origine: 'neutre', montant: 827 });
    // les cotisations, elles, restent celles d'avril (AT/MP 2,10 % : 2 044 × 2,10 % = 42,924 → 42,92)
    expect(b.lignes.find((l) => l.code === 'accidents-travail.employeur')?.montant).toBe(4_292);
  });
});
