import { describe, expect, it } from 'vitest';
import { appliqueTaux, arrondiDivision, enEuros, formateEuros } from './centimes.js';
import { c, t } from '../test-utils/builders.js';

describe('ADR arrondis (R2, R5) — arrondiDivision : au plus proche, demi vers le haut', () => {
  it.each([
    // [numérateur, diviseur, attendu, calcul]
    [5, 2, 3, '5 / 2 = 2,5 → demi vers le haut → 3'],
    [7, 2, 4, '7 / 2 = 3,5 → 4'],
    [4, 2, 2, 'exact'],
    [0, 7, 0, 'zéro'],
    [14, 10, 1, '1,4 → 1'],
    [15, 10, 2, '1,5 → 2'],
    [25, 10, 3, '2,5 → 3 (demi-pair donnerait 2)'],
    [16, 10, 2, '1,6 → 2'],
    [1, 3, 0, '0,333 → 0'],
    [2, 3, 1, '0,667 → 1'],
    [499_999, 1_000_000, 0, '0,499999 → 0'],
    [500_000, 1_000_000, 1, '0,5 → 1'],
    [450 * 200, 60, 1500, '450 min × 200 c / 60 = 1 500 c (7 h 30 → 15,00 €, R7)'],
    [1 * 200, 60, 3, '1 min × 2 €/h = 3,33 c → 3'],
    [2 * 200, 60, 7, '2 min = 6,67 c → 7'],
  ])('arrondiDivision(%i, %i) = %i (%s)', (n, d, attendu) => {
    expect(arrondiDivision(n, d)).toBe(attendu);
  });

  it('reste exacte pour un grand numérateur (brut au PSS × taux en millionièmes)', () => {
    // 400 500 c × 982 500 = 393 491 250 000 ; / 10^6 = 393 491,25 → 393 491
    expect(arrondiDivision(400_500 * 982_500, 1_000_000)).toBe(393_491);
    // 2^52 + 1 impair / 2 → demi → arrondi vers le haut
    expect(arrondiDivision(2 ** 52 + 1, 2)).toBe(2 ** 51 + 1);
  });
});

describe('ADR arrondis — appliqueTaux : chaque ligne arrondie au centime (référentiel § 12)', () => {
  it.each([
    // base (c), taux (millionièmes), attendu (c), calcul
    [11265, 69000, 777, '112,65 × 6,90 % = 7,77285 → 7,77'],
    [11265, 4000, 45, '112,65 × 0,40 % = 0,4506 → 0,45'],
    [11265, 31500, 355, '112,65 × 3,15 % = 3,548475 → 3,55'],
    [11265, 8600, 97, '112,65 × 0,86 % = 0,96879 → 0,97'],
    [11265, 10400, 117, '112,65 × 1,04 % = 1,17156 → 1,17'],
    [11068, 68000, 753, 'assiette CSG 110,68 × 6,80 % = 7,52624 → 7,53'],
    [11068, 24000, 266, '110,68 × 2,40 % = 2,65632 → 2,66'],
    [11068, 5000, 55, '110,68 × 0,50 % = 0,5534 → 0,55'],
    [11265, 160, 2, '112,65 × 0,016 % = 0,018024 → 0,02'],
    [11265, 27000, 304, 'CST 112,65 × 2,70 % = 3,04155 → 3,04'],
    [100, 5000, 1, '1,00 × 0,5 % = 0,005 → demi vers le haut → 0,01'],
    [300, 5000, 2, '3,00 × 0,5 % = 0,015 → 0,02'],
    [0, 69000, 0, 'base nulle'],
    [15004, 500000, 7502, 'crédit d\'impôt 50 % de 150,04 = 75,02'],
  ])('appliqueTaux(%i c, %i) = %i c (%s)', (base, taux, attendu) => {
    expect(appliqueTaux(c(base), t(taux))).toBe(attendu);
  });
});

describe('Affichage des montants', () => {
  it('enEuros convertit les centimes en euros', () => {
    expect(enEuros(11265)).toBe(112.65);
    expect(enEuros(-1)).toBe(-0.01);
  });
  it('formateEuros écrit à la française', () => {
    // Intl fr-FR : espace insécable fine (U+202F) pour les milliers, insécable (U+00A0) avant €
    expect(formateEuros(123456).replace(/[\u202f\u00a0]/g, ' ')).toBe('1 234,56 €');
  });
});
