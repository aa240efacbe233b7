import { describe, expect, it } from 'vitest';
import { unBulletin } from '../test-utils/builders.js';

// Tous les cas partent du § 12 : coût employeur 150,04 €, crédit 50 % = 75,02 € sans plafond.
const codes = (b: ReturnType<typeof unBulletin>) => b.avertissements.map((a) => [a.code, a.champ]);
const PLAFOND_DEPENSES = ['PLAFOND_CREDIT_IMPOT_ATTEINT', 'cumulDepensesAnnee'];
const PLAFOND_AVANCE = ['PLAFOND_AVANCE_IMMEDIATE_ATTEINT', 'cumulAvanceImmediateAnnee'];

describe('CGI art. 199 sexdecies — plafond annuel des dépenses (référentiel § 9.1)', () => {
  it('cas général : 12 000 € ; déjà 11 900 € → base 100,00, crédit 50,00, avertissement', () => {
    const b = unBulletin({ cumulDepensesAnnee: 11_900 });
    expect(b.creditImpot.baseEligible).toBe(10_000);
    expect(b.creditImpot.credit).toBe(5_000);
    expect(b.creditImpot.plafondDepensesAtteint).toBe(true);
    expect(codes(b)).toContainEqual(PLAFOND_DEPENSES);
  });
  it('cas général : déjà 11 849,96 € → reste 150,04 = toute la dépense, pas d\'avertissement', () => {
    const b = unBulletin({ cumulDepensesAnnee: 11_849.96 });
    expect(b.creditImpot.baseEligible).toBe(15_004);
    expect(b.creditImpot.credit).toBe(7_502);
    expect(codes(b)).toEqual([]);
  });
  it('cas général : déjà 11 849,97 € → reste 150,03 ; crédit 75,015 → 75,02 (demi vers le haut)', () => {
    const b = unBulletin({ cumulDepensesAnnee: 11_849.97 });
    expect(b.creditImpot.baseEligible).toBe(15_003);
    expect(b.creditImpot.credit).toBe(7_502);
    expect(codes(b)).toContainEqual(PLAFOND_DEPENSES);
  });
  it('plafond épuisé (12 000 € ou plus) : crédit nul', () => {
    expect(unBulletin({ cumulDepensesAnnee: 12_000 }).creditImpot.credit).toBe(0);
    expect(unBulletin({ cumulDepensesAnnee: 20_000 }).creditImpot.credit).toBe(0);
  });
  it('une majoration : 12 000 + 1 500 = 13 500 € ; déjà 13 400 € → base 100,00', () => {
    expect(unBulletin({ majorationsCreditImpot: 1, cumulDepensesAnnee: 13_400 }).creditImpot.baseEligible).toBe(10_000);
    expect(unBulletin({ majorationsCreditImpot: 1, cumulDepensesAnnee: 11_900 }).creditImpot.baseEligible).toBe(15_004);
  });
  it('majorations plafonnées à 15 000 € : 4 majorations (12 000 + 6 000 = 18 000) → 15 000 ; déjà 14 950 € → base 50,00', () => {
    expect(unBulletin({ majorationsCreditImpot: 4, cumulDepensesAnnee: 14_950 }).creditImpot.baseEligible).toBe(5_000);
  });
  it('première année : 15 000 € ; déjà 14 900 € → base 100,00', () => {
    const b = unBulletin({ situationCreditImpot: 'premiere-annee', cumulDepensesAnnee: 14_900 });
    expect(b.creditImpot.baseEligible).toBe(10_000);
    expect(codes(b)).toContainEqual(PLAFOND_DEPENSES);
  });
  it('première année majorée, plafonnée à 18 000 € : 5 majorations (15 000 + 7 500) → 18 000 ; déjà 17 950 € → 50,00', () => {
    const b = unBulletin({ situationCreditImpot: 'premiere-annee', majorationsCreditImpot: 5, cumulDepensesAnnee: 17_950 });
    expect(b.creditImpot.baseEligible).toBe(5_000);
  });
  it('invalidité : 20 000 € sans majoration ; déjà 19 900 € → base 100,00 même avec 3 majorations', () => {
    const b = unBulletin({ situationCreditImpot: 'invalidite', majorationsCreditImpot: 3, cumulDepensesAnnee: 19_900 });
    expect(b.creditImpot.baseEligible).toBe(10_000);
    expect(b.creditImpot.credit).toBe(5_000);
  });
});

describe('Référentiel § 9.1 — les aides reçues (APA, PCH, Cesu préfinancé) sortent de la base', () => {
  it('aides 50,00 € : base 150,04 − 50,00 = 100,04 ; crédit 50,02', () => {
    const b = unBulletin({ aidesRecues: 50 });
    expect(b.creditImpot.baseEligible).toBe(10_004);
    expect(b.creditImpot.credit).toBe(5_002);
    expect(b.resteACharge).toBe(15_004 - 5_002);
  });
  it('aides supérieures au coût : base nulle, jamais négative', () => {
    const b = unBulletin({ aidesRecues: 200 });
    expect(b.creditImpot.baseEligible).toBe(0);
    expect(b.creditImpot.credit).toBe(0);
  });
  it('aides et plafond se combinent : aides 50 € et déjà 11 950 € → base min(100,04 ; 50,00) = 50,00', () => {
    expect(unBulletin({ aidesRecues: 50, cumulDepensesAnnee: 11_950 }).creditImpot.baseEligible).toBe(5_000);
  });
});

describe('Référentiel § 9.2 — avance immédiate plafonnée à 6 000 € par an', () => {
  it('déjà 5 950 € d\'avance : avance 50,00 au lieu de 75,02 ; reste à charge 150,04 − 50,00 = 100,04', () => {
    const b = unBulletin({ cumulAvanceImmediateAnnee: 5_950 });
    expect(b.creditImpot.credit).toBe(7_502);
    expect(b.creditImpot.avanceImmediate).toBe(5_000);
    expect(b.resteACharge).toBe(10_004);
    expect(codes(b)).toContainEqual(PLAFOND_AVANCE);
  });
  it('déjà 5 924,98 € : reste 75,02, toute l\'avance, sans avertissement', () => {
    const b = unBulletin({ cumulAvanceImmediateAnnee: 5_924.98 });
    expect(b.creditImpot.avanceImmediate).toBe(7_502);
    expect(codes(b)).toEqual([]);
  });
  it('plafond épuisé : avance nulle, reste à charge = coût', () => {
    const b = unBulletin({ cumulAvanceImmediateAnnee: 6_000 });
    expect(b.creditImpot.avanceImmediate).toBe(0);
    expect(b.resteACharge).toBe(15_004);
  });
  it('invalidité : 10 000 € ; déjà 9 950 € → avance 50,00', () => {
    const b = unBulletin({ situationCreditImpot: 'invalidite', cumulAvanceImmediateAnnee: 9_950 });
    expect(b.creditImpot.avanceImmediate).toBe(5_000);
    expect(unBulletin({ situationCreditImpot: 'invalidite', cumulAvanceImmediateAnnee: 5_950 }).creditImpot.avanceImmediate).toBe(7_502);
  });
  it('sans avance immédiate : avance 0, reste à charge = coût, pas d\'avertissement d\'avance', () => {
    const b = unBulletin({ avanceImmediate: false, cumulAvanceImmediateAnnee: 6_000 });
    expect(b.creditImpot.credit).toBe(7_502);
    expect(b.creditImpot.avanceImmediate).toBe(0);
    expect(b.resteACharge).toBe(15_004);
    expect(codes(b)).toEqual([]);
  });
});
