import { describe, expect, it } from 'vitest';
import { formateDuree } from './controles.js';
import { codesEtChamps, erreursDe, unBulletin } from '../test-utils/builders.js';

const une = (code: string, champ: string) => [{ code, champ }];
const avertissements = (s: Record<string, unknown>) => codesEtChamps(unBulletin(s).avertissements);

describe('Référentiel § 10 — brut horaire hors congés payés ≥ SMIC (erreur bloquante)', () => {
  it('8 h à 10,00 € net en mars 2025 : brut 80 / 0,7811975 = 102,41 ; 102,41 / 8 / 1,10 = 11,64 < 11,88', () => {
    expect(codesEtChamps(erreursDe({ salaireHoraireNet: 10 }))).toEqual(une('SALAIRE_INFERIEUR_SMIC', 'salaireHoraireNet'));
  });
  it('brut inclus 13,06 € : 13,06 / 1,10 = 11,8727 → 11,87 < 11,88 → refus sur salaireHoraireBrut', () => {
    expect(codesEtChamps(erreursDe({ salaireHoraireBrut: 13.06 }))).toEqual(une('SALAIRE_INFERIEUR_SMIC', 'salaireHoraireBrut'));
  });
  it('brut inclus 13,07 € : 13,07 / 1,10 = 11,8818 → 11,88 = SMIC → accepté', () => {
    expect(unBulletin({ salaireHoraireBrut: 13.07 }).salaireBrut).toBe(10_456); // 8 × 13,07
  });
  it('congés « a-part » : brut 11,87 refusé, 11,88 accepté (pas de division par 1,10)', () => {
    expect(codesEtChamps(erreursDe({ congesPayes: 'a-part', salaireHoraireBrut: 11.87 }))).toEqual(une('SALAIRE_INFERIEUR_SMIC', 'salaireHoraireBrut'));
    expect(unBulletin({ congesPayes: 'a-part', salaireHoraireBrut: 11.88 }).salaireBrut).toBe(9_504);
  });
  it('juin 2026 : SMIC 12,31 € ; a-part 12,30 refusé, en mai 2026 (SMIC 12,02) accepté', () => {
    expect(codesEtChamps(erreursDe({ periode: '2026-06', congesPayes: 'a-part', salaireHoraireBrut: 12.3 })))
      .toEqual(une('SALAIRE_INFERIEUR_SMIC', 'salaireHoraireBrut'));
    expect(unBulletin({ periode: '2026-05', congesPayes: 'a-part', salaireHoraireBrut: 12.3 }).salaireBrut).toBe(9_840);
  });
});

describe('Référentiel § 1.3 — minimum conventionnel IDCC 3239 niveau I (avertissement)', () => {
  it('janvier 2026, 10 h à 10,51 € net : brut 105,10 / 0,7811975 = 134,54 ; 134,54 / 10 / 1,10 = 12,23 < 12,24', () => {
    const b = unBulletin({ periode: '2026-01', heures: 10, salaireHoraireNet: 10.51 });
    expect(b.salaireBrut).toBe(13_454);
    expect(codesEtChamps(b.avertissements)).toEqual(une('SALAIRE_INFERIEUR_MINIMUM_CONVENTIONNEL', 'salaireHoraireNet'));
  });
  it('janvier 2026, brut inclus 13,47 € : 13,47 / 1,10 = 12,245 → 12,25 ≥ 12,24 → sans avertissement', () => {
    expect(avertissements({ periode: '2026-01', salaireHoraireBrut: 13.47 })).toEqual([]);
  });
  it('en 2025, minimum = SMIC (11,88 €) : pas d\'avertissement au SMIC', () => {
    expect(avertissements({ salaireHoraireBrut: 13.07 })).toEqual([]);
  });
});

describe('CT art. L3121-20 — durée : 48 h par semaine en moyenne (refus), 40 h (avertissement)', () => {
  it('500 h en mars 2025 : DUREE_SUPERIEURE_MAXIMUM sur heures (max 48 × 31 / 7 = 212,57 h), avec le brut hors PSS', () => {
    // 500 × 11,00 = 5 500 € net → brut ≈ 7 040 € > 3 925 € : les deux erreurs sont rendues ensemble
    expect(codesEtChamps(erreursDe({ heures: 500 }))).toEqual([
      { code: 'DUREE_SUPERIEURE_MAXIMUM', champ: 'heures' },
      { code: 'SALAIRE_HORS_PERIMETRE', champ: 'salaireHoraireNet' },
    ]);
  });
  it('le champ suit la saisie : 220 h en minutes (13 200 min > 212,57 h) à 11,88 € brut a-part', () => {
    // brut 220 × 11,88 = 2 613,60 € ≤ PSS : seule la durée est refusée
    expect(codesEtChamps(erreursDe({ heures: undefined, minutes: 13_200, congesPayes: 'a-part', salaireHoraireBrut: 11.88 })))
      .toEqual(une('DUREE_SUPERIEURE_MAXIMUM', 'minutes'));
  });
  it('février 2025 (28 jours) : 192 h = 48 × 4 exactement acceptées, 192 h 01 refusées', () => {
    expect(unBulletin({ periode: '2025-02', heures: 192 }).salaireNet).toBe(211_200); // 192 × 11,00
    expect(codesEtChamps(erreursDe({ periode: '2025-02', heures: undefined, minutes: 192 * 60 + 1 })))
      .toEqual(une('DUREE_SUPERIEURE_MAXIMUM', 'minutes'));
  });
  it('les congés « a-part » comptent dans la durée : 180 h + 20 h de congés en février 2025 → refus', () => {
    expect(codesEtChamps(erreursDe({ periode: '2025-02', heures: 180, congesPayes: 'a-part', heuresCongesPayes: 20 }))[0]?.code)
      .toBe('DUREE_SUPERIEURE_MAXIMUM');
  });
  it('février 2025 : 160 h = 40 × 4 sans avertissement ; 160 h 01 → DUREE_INHABITUELLE', () => {
    expect(avertissements({ periode: '2025-02', heures: 160 })).toEqual([]);
    expect(avertissements({ periode: '2025-02', heures: undefined, minutes: 9_601 })).toEqual(une('DUREE_INHABITUELLE', 'minutes'));
  });
  it('formateDuree : 630 min → « 10 h 30 min », 600 → « 10 h »', () => {
    expect(formateDuree(630)).toBe('10 h 30 min');
    expect(formateDuree(600)).toBe('10 h');
  });
});

describe('Périmètre — brut mensuel ≤ PSS (3 925 € en 2025), plafond horaire (29 € en 2025)', () => {
  it('150 h × 26,17 € brut = 3 925,50 € > 3 925 € → SALAIRE_HORS_PERIMETRE', () => {
    expect(codesEtChamps(erreursDe({ heures: 150, salaireHoraireBrut: 26.17 }))).toEqual(une('SALAIRE_HORS_PERIMETRE', 'salaireHoraireBrut'));
  });
  it('157 h × 25,00 € brut = 3 925,00 € = PSS → accepté', () => {
    expect(unBulletin({ heures: 157, salaireHoraireBrut: 25 }).salaireBrut).toBe(392_500);
  });
  it('en net : 150 h × 20,50 € = 3 075 € net → brut 3 936,26 € > PSS → refus sur salaireHoraireNet', () => {
    // 3 075 / 0,7811975 = 3 936,26
    expect(codesEtChamps(erreursDe({ heures: 150, salaireHoraireNet: 20.5 }))).toEqual(une('SALAIRE_HORS_PERIMETRE', 'salaireHoraireNet'));
  });
  it('a-part 29,01 € brut/h > 29 € → SALAIRE_HORAIRE_SUPERIEUR_PSS_HORAIRE ; 29,00 € → rien', () => {
    expect(avertissements({ congesPayes: 'a-part', salaireHoraireBrut: 29.01 })).toEqual(une('SALAIRE_HORAIRE_SUPERIEUR_PSS_HORAIRE', 'salaireHoraireBrut'));
    expect(avertissements({ congesPayes: 'a-part', salaireHoraireBrut: 29 })).toEqual([]);
  });
  it('inclus : 31,91 / 1,10 = 29,009 → 29,01 > 29 → avertissement ; 31,90 / 1,10 = 29,00 → rien', () => {
    expect(avertissements({ salaireHoraireBrut: 31.91 })).toEqual(une('SALAIRE_HORAIRE_SUPERIEUR_PSS_HORAIRE', 'salaireHoraireBrut'));
    expect(avertissements({ salaireHoraireBrut: 31.9 })).toEqual([]);
  });
  it('2026 : plafond horaire 30 € ; a-part 29,01 € → rien', () => {
    expect(avertissements({ periode: '2026-03', congesPayes: 'a-part', salaireHoraireBrut: 29.01 })).toEqual([]);
  });
});
