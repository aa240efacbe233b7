import { describe, expect, it } from 'vitest';
import exemple from './exemples/referentiel-12.json' with { type: 'json' };
import { baremeLignes } from './calcul-lignes.js';
import { calculeBulletin } from './calcule-bulletin.js';
import { montantLigne, parametres, unBulletin, uneDeclaration } from '../test-utils/builders.js';

const A = exemple.attendu;
const codes = (b: ReturnType<typeof unBulletin>, categorie: string) => b.lignes.filter((l) => l.categorie === categorie).map((l) => l.code);

describe('Référentiel § 12 — exemple illustratif (mars 2025, 8 h à 11 € net, CP inclus)', () => {
  const b = unBulletin(exemple.saisie);

  it('brut = arrondi(88,00 / (1 − 0,2188025)) = arrondi(112,6476) = 112,65 € (R1)', () => {
    expect(b.salaireBrut).toBe(A.salaireBrut);
  });
  it.each(Object.entries(A.salariales))('ligne salariale %s = %i c', (code, montant) => {
    expect(montantLigne(b, code)).toBe(montant);
  });
  it('CSG/CRDS sur l\'assiette 98,25 % × 112,65 = 110,678625 → 110,68 € (R3)', () => {
    expect(b.lignes.find((l) => l.code === 'csg-deductible.salarie')?.base).toBe(A.assietteCsg);
  });
  it('total salarial 24,65 € et net 112,65 − 24,65 = 88,00 € (R4 : le net déclaré)', () => {
    expect(b.cotisationsSalariales).toBe(A.cotisationsSalariales);
    expect(b.salaireNet).toBe(A.salaireNet);
    expect(codes(b, 'salariale')).toEqual(Object.keys(A.salariales));
  });
  it.each(Object.entries(A.patronales))('ligne patronale %s = %i c', (code, montant) => {
    expect(montantLigne(b, code)).toBe(montant);
  });
  it('total patronal 50,35 € (lignes 1 à 14, sans AGS)', () => {
    expect(b.cotisationsPatronales).toBe(A.cotisationsPatronales);
    expect(codes(b, 'patronale')).toEqual(Object.keys(A.patronales));
  });
  it('déduction = min(8 × 2,00 ; 14,64 + 9,63 + 2,28 + 5,91 = 32,46) = 16,00 €', () => {
    expect(b.deductionForfaitaire).toBe(A.deductionForfaitaire);
    const ligne = b.lignes.find((l) => l.code === 'deduction-forfaitaire');
    expect(ligne?.montant).toBe(1600);
    expect(ligne?.heures).toBe(8);
    expect(ligne?.plafond?.montant).toBe(A.plafondDeduction);
    expect(b.exonerationPatronale).toBe(0);
  });
  it('CST = min(2,70 % × 112,65 = 3,04 ; 5,00) = 3,04 € ; dues = 50,35 − 16,00 + 3,04 = 37,39 €', () => {
    expect(b.contributionSanteTravail).toBe(A.contributionSanteTravail);
    expect(b.cotisationsPatronalesDues).toBe(A.cotisationsPatronalesDues);
  });
  it('net imposable 88,00 + 2,66 + 0,55 = 91,21 € ; taux neutre 0 % (< 1 591 €) ; net payé 88,00 €', () => {
    expect(b.netImposable).toBe(A.netImposable);
    expect(b.prelevement).toEqual({ taux: 0, origine: 'neutre', montant: A.prelevement });
    expect(b.netPaye).toBe(A.netPaye);
  });
  it('coût 112,65 + 37,39 = 150,04 € ; crédit 50 % = 75,02 € ; reste à charge Cesu+ 75,02 €', () => {
    expect(b.coutEmployeur).toBe(A.coutEmployeur);
    expect(b.creditImpot.credit).toBe(A.creditImpot);
    expect(b.creditImpot.avanceImmediate).toBe(A.avanceImmediate);
    expect(b.resteACharge).toBe(A.resteACharge);
    expect(b.avertissements).toEqual([]);
  });
});

describe('R4 — le brut est ajusté d\'un centime pour montrer le net déclaré', () => {
  it('20 h à 11 € net : 220 / 0,7811975 = 281,6190 → 281,62 donnerait 220,01 ; le brut retenu est 281,61', () => {
    // à 281,62 : lignes 19,43+1,13+8,87+2,42+2,93 ; assiette CSG 276,69 → 18,81+6,64+1,38 → total 61,61 → net 220,01
    // à 281,61 : assiette CSG 276,68 → 18,81+6,64+1,38 ; 19,43+1,13+8,87+2,42+2,93 → total 61,61 → net 220,00
    const b = unBulletin({ heures: 20 });
    expect(b.salaireBrut).toBe(28_161);
    expect(b.salaireNet).toBe(22_000);
  });
  it('8 h à 13,00 € net : 104 / 0,7811975 = 133,1289 → 133,13 donne 104,02 ; le brut exact est 133,10 (à −3 c)', () => {
    // à 133,13 : 9,19 + 0,53 + 4,19 + 1,14 + 1,38 ; assiette CSG 130,80 → 8,89 + 3,14 + 0,65 → 29,11 → net 104,02
    // à 133,10 : 9,18 + 0,53 + 4,19 + 1,14 + 1,38 ; assiette CSG 130,77 → 8,89 + 3,14 + 0,65 → 29,10 → net 104,00
    const b = unBulletin({ heures: 8, salaireHoraireNet: 13 });
    expect(b.salaireNet).toBe(10_400);
    expect(b.salaireBrut).toBe(13_310);
  });
});

describe('Référentiel § 7.1 — Alsace-Moselle : cotisation salariale maladie 1,30 %', () => {
  it('t_sal = 21,88025 % + 1,30 % = 23,18025 % (en millionièmes : 231 802,5)', () => {
    const bareme = baremeLignes(parametres(2025, 3));
    expect(bareme.tauxSalarialGlobal).toBeCloseTo(218_802.5, 6);
    expect(bareme.tauxSalarialGlobalAlsaceMoselle).toBeCloseTo(231_802.5, 6);
  });
  it('§ 12 en Alsace-Moselle : brut 88 / 0,7681975 = 114,5539 → 114,55 ; ligne 1,30 % = 1,48915 → 1,49', () => {
    const b = unBulletin({ alsaceMoselle: true });
    expect(b.salaireBrut).toBe(11_455);
    expect(montantLigne(b, 'alsace-moselle.salarie')).toBe(149);
    // 7,90 + 0,46 + 3,61 + 0,99 + 1,19 + (assiette 112,55 : 7,65 + 2,70 + 0,56) + 1,49 = 26,55
    expect(b.cotisationsSalariales).toBe(2_655);
    expect(b.salaireNet).toBe(8_800);
    // la ligne est déductible : net imposable = 88,00 + 2,70 + 0,56 = 91,26
    expect(b.netImposable).toBe(9_126);
  });
  it('sans Alsace-Moselle, pas de ligne 1,30 %', () => {
    expect(unBulletin().lignes.some((l) => l.code === 'alsace-moselle.salarie')).toBe(false);
  });
});

describe('CSS art. L241-10 I — exonération « 70 ans » limitée à 65 h de SMIC', () => {
  // Janvier 2026 : plafond 65 × 12,02 = 781,30 € ; taux 13 % + 8,55 % + 2,11 % + 5,25 %
  // exonération = 101,569→101,57 + 66,80115→66,80 + 16,48543→16,49 + 41,01825→41,02 = 225,88 €
  it('brut 80 h × 15,00 = 1 200,00 € au-delà du plafond : exonération 225,88 €, pas de déduction', () => {
    const b = unBulletin({ periode: '2026-01', heures: 80, salaireHoraireBrut: 15, exoneration: '70-ans' });
    expect(b.salaireBrut).toBe(120_000);
    expect(b.exonerationPatronale).toBe(22_588);
    expect(b.deductionForfaitaire).toBe(0);
    const ligne = b.lignes.find((l) => l.code === 'exoneration.70-ans');
    expect(ligne?.base).toBe(78_130);
    expect(ligne?.plafond?.montant).toBe(78_130);
    // déduction possible 80 × 2 = 160,00 < 225,88 : pas d'avertissement
    expect(b.avertissements.map((a) => a.code)).toEqual([]);
    // patronales 536,35 − 225,88 + CST min(32,40 ; 5,00) = 315,47
    expect(b.cotisationsPatronalesDues).toBe(31_547);
  });
  it('150 h × 13,50 = 2 025,00 € : déduction possible 300,00 > 225,88 → EXONERATION_MOINS_FAVORABLE', () => {
    const b = unBulletin({ periode: '2026-01', heures: 150, salaireHoraireBrut: 13.5, exoneration: '70-ans' });
    expect(b.exonerationPatronale).toBe(22_588);
    expect(b.avertissements.map((a) => [a.code, a.champ])).toContainEqual(['EXONERATION_MOINS_FAVORABLE', 'exoneration']);
  });
  it('sous le plafond (§ 12, 112,65 €) : exonération = lignes 1+3+4+5 = 32,46 €', () => {
    const b = unBulletin({ exoneration: '70-ans' });
    expect(b.exonerationPatronale).toBe(3_246);
    expect(b.avertissements).toEqual([]);
  });
});

describe('CSS art. L241-10 I — exonération invalidité / APA / PCH : lignes 1, 3, 4, 5 en totalité', () => {
  it('§ 12 : exonération 14,64 + 9,63 + 2,28 + 5,91 = 32,46 €, déduction 0 ; dues 50,35 − 32,46 + 3,04 = 20,93', () => {
    const b = unBulletin({ exoneration: 'invalidite' });
    expect(b.exonerationPatronale).toBe(3_246);
    expect(b.deductionForfaitaire).toBe(0);
    expect(b.cotisationsPatronalesDues).toBe(2_093);
    expect(b.coutEmployeur).toBe(13_358); // 112,65 + 20,93
    expect(b.lignes.some((l) => l.code === 'deduction-forfaitaire')).toBe(false);
    expect(b.lignes.find((l) => l.code === 'exoneration.invalidite')?.montant).toBe(3_246);
  });
  it('sans plafond : 150 h × 13,50 en 2026-01 → exonération = 263,25 + 173,14 + 42,73 + 106,31 = 585,43 €', () => {
    const b = unBulletin({ periode: '2026-01', heures: 150, salaireHoraireBrut: 13.5, exoneration: 'invalidite' });
    expect(b.exonerationPatronale).toBe(58_543);
  });
});

describe('Référentiel § 6 — contribution santé au travail 2,70 %, plafonnée à 5 € par mois', () => {
  // 20 h × 14,00 brut = 280,00 € ; 2,70 % = 7,56 € > 5,00 €
  const saisie = { heures: 20, salaireHoraireBrut: 14 };
  it('plafonnée à 5,00 €', () => expect(unBulletin(saisie).contributionSanteTravail).toBe(500));
  it('moins la CST déjà facturée ce mois-ci (R8) : 5,00 − 3,50 = 1,50 €', () => {
    expect(unBulletin({ ...saisie, cstDejaFactureeMois: 3.5 }).contributionSanteTravail).toBe(150);
  });
  it('nulle si 5 € ou plus ont déjà été facturés', () => {
    expect(unBulletin({ ...saisie, cstDejaFactureeMois: 5 }).contributionSanteTravail).toBe(0);
    expect(unBulletin({ ...saisie, cstDejaFactureeMois: 7 }).contributionSanteTravail).toBe(0);
  });
  it('sous le plafond, le montant déjà facturé limite aussi : § 12, 3,04 € mais 1,00 € restant', () => {
    expect(unBulletin({ cstDejaFactureeMois: 4 }).contributionSanteTravail).toBe(100);
  });
});

describe('CSS art. L241-10 I bis — déduction forfaitaire de 2 € par heure travaillée, hors congés payés', () => {
  it('congés payés « a-part » : 10 h travaillées + 2 h de congés à 12,00 € brut → brut 144,00, déduction 20,00', () => {
    const b = unBulletin({ heures: 10, heuresCongesPayes: 2, congesPayes: 'a-part', salaireHoraireBrut: 12 });
    expect(b.salaireBrut).toBe(14_400); // 12 h × 12,00
    expect(b.deductionForfaitaire).toBe(2_000); // 10 × 2,00 (et non 12 × 2,00 = 24,00)
    expect(b.lignes.find((l) => l.code === 'deduction-forfaitaire')?.heures).toBe(10);
  });
  it('à la minute près (R7) : 7 h 30 → 15,00 € ; 7 h 01 (421 min) → 421 × 2 / 60 = 14,0333 → 14,03 €', () => {
    expect(unBulletin({ heures: 7.5 }).deductionForfaitaire).toBe(1_500);
    expect(unBulletin({ heures: undefined, minutes: 421 }).deductionForfaitaire).toBe(1_403);
  });
});

describe('Options de calcul — details: false', () => {
  it.each([
    [{}], [{ exoneration: '70-ans', periode: '2026-01', heures: 80, salaireHoraireBrut: 15 }],
    [{ alsaceMoselle: true, tauxPAS: 0.1 }], [{ heures: 10, heuresCongesPayes: 2, congesPayes: 'a-part' }],
  ])('donne les mêmes totaux que details: true (%o)', (saisie) => {
    const d = uneDeclaration(saisie);
    const avec = calculeBulletin(d, { details: true });
    const sans = calculeBulletin(d, { details: false });
    if (!avec.ok || !sans.ok) throw new Error('refusé');
    expect(sans.valeur.lignes).toEqual([]);
    expect(avec.valeur.lignes.length).toBeGreaterThan(20);
    expect({ ...sans.valeur, lignes: 'x' }).toEqual({ ...avec.valeur, lignes: 'x' });
  });
});
