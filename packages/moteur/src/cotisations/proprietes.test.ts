import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brutDepuisNet, netDepuisBrut } from './brut-depuis-net.js';
import { calculeBulletin, type Bulletin } from './calcule-bulletin.js';
import type { DeclarationCalculable, Exoneration, ModeCongesPayes } from './declaration.js';
import { c, parametres, t } from '../test-utils/builders.js';

const RUNS = { numRuns: 500 };
const REDUCTIBLES = ['maladie.employeur', 'vieillesse-plafonnee.employeur', 'vieillesse-deplafonnee.employeur', 'allocations-familiales.employeur'];

const arbMois = fc.record({ annee: fc.integer({ min: 2025, max: 2026 }), mois: fc.integer({ min: 1, max: 12 }) });
const arbDeclaration = fc.record({
  periode: arbMois,
  minutesTravaillees: fc.integer({ min: 1, max: 170 * 60 }),
  minutesCongesPayes: fc.integer({ min: 0, max: 20 * 60 }),
  // net horaire de 10,50 € (≈ SMIC brut) à 28,00 € ; parfois un brut horaire de 11,88 € à 36,00 €
  nature: fc.constantFrom<'net' | 'brut'>('net', 'net', 'brut'),
  centimesHoraires: fc.integer({ min: 1_050, max: 2_800 }),
  congesPayes: fc.constantFrom<ModeCongesPayes>('inclus', 'a-part'),
  alsaceMoselle: fc.boolean(),
  exoneration: fc.constantFrom<Exoneration>('aucune', 'aucune', '70-ans', 'invalidite'),
  tauxPAS: fc.option(fc.integer({ min: 0, max: 430_000 }), { nil: null }),
  cstDejaFactureeMois: fc.integer({ min: 0, max: 600 }),
}).map((g): DeclarationCalculable => ({
  periode: g.periode,
  moisPaiement: g.periode,
  saisieDuree: 'minutes',
  minutesTravaillees: g.minutesTravaillees,
  minutesCongesPayes: g.congesPayes === 'a-part' ? g.minutesCongesPayes : 0,
  salaireHoraire: { nature: g.nature, montant: c(g.nature === 'brut' ? Math.round(g.centimesHoraires * 1.28) : g.centimesHoraires) },
  congesPayes: g.congesPayes,
  alsaceMoselle: g.alsaceMoselle,
  exoneration: g.exoneration,
  tauxPAS: g.tauxPAS === null ? null : t(g.tauxPAS),
  cstDejaFactureeMois: c(g.cstDejaFactureeMois),
  creditImpot: { situation: 'general', majorations: 0, cumulDepensesAnnee: c(0), cumulAvanceImmediateAnnee: c(0), aidesRecues: c(0), avanceImmediate: true },
}));

/** Bulletin, ou undefined quand le moteur refuse la saisie (SMIC, PSS, durée) : ces cas sont écartés. */
function bulletin(d: DeclarationCalculable): Bulletin | undefined {
  const r = calculeBulletin(d, { details: true });
  return r.ok ? r.valeur : undefined;
}
const somme = (b: Bulletin, f: (code: string, categorie: string) => boolean) =>
  b.lignes.filter((l) => f(l.code, l.categorie)).reduce((s, l) => s + l.montant, 0);

describe('Propriétés du bulletin (fast-check, 500 tirages, 2025-01 → 2026-12)', () => {
  it('aucune ligne ni aucun total négatif', () => {
    fc.assert(fc.property(arbDeclaration, (d) => {
      const b = bulletin(d);
      fc.pre(b !== undefined);
      for (const l of b.lignes) expect(l.montant, l.code).toBeGreaterThanOrEqual(0);
      for (const v of [b.cotisationsSalariales, b.cotisationsPatronales, b.cotisationsPatronalesDues, b.netImposable, b.netPaye, b.resteACharge]) {
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }), RUNS);
  });

  it('totaux = sommes des lignes ; dues = patronales − déduction − exonération + CST ; net payé = net − PAS', () => {
    fc.assert(fc.property(arbDeclaration, (d) => {
      const b = bulletin(d);
      fc.pre(b !== undefined);
      expect(b.cotisationsSalariales).toBe(somme(b, (_, cat) => cat === 'salariale'));
      expect(b.cotisationsPatronales).toBe(somme(b, (_, cat) => cat === 'patronale'));
      expect(b.salaireNet).toBe(b.salaireBrut - b.cotisationsSalariales);
      expect(b.cotisationsPatronalesDues).toBe(b.cotisationsPatronales - b.deductionForfaitaire - b.exonerationPatronale + b.contributionSanteTravail);
      expect(b.coutEmployeur).toBe(b.salaireBrut + b.cotisationsPatronalesDues);
      expect(b.netPaye).toBe(b.salaireNet - b.prelevement.montant);
      expect(b.resteACharge).toBe(b.coutEmployeur - b.creditImpot.avanceImmediate);
      expect(somme(b, (_, cat) => cat === 'reduction')).toBe(b.deductionForfaitaire + b.exonerationPatronale);
    }), RUNS);
  });

  it('net < brut < coût employeur ; CST ≤ 5 € ; déduction et exonération jamais cumulées', () => {
    fc.assert(fc.property(arbDeclaration, (d) => {
      const b = bulletin(d);
      fc.pre(b !== undefined);
      expect(b.salaireNet).toBeLessThan(b.salaireBrut);
      expect(b.salaireBrut).toBeLessThan(b.coutEmployeur);
      expect(b.contributionSanteTravail).toBeLessThanOrEqual(500);
      expect(b.deductionForfaitaire === 0 || b.exonerationPatronale === 0).toBe(true);
    }), RUNS);
  });

  it('CSS art. L241-10 : déduction ≤ lignes 1+3+4+5 et ≤ 2 € × heures travaillées ; exonération ≤ lignes 1+3+4+5', () => {
    fc.assert(fc.property(arbDeclaration, (d) => {
      const b = bulletin(d);
      fc.pre(b !== undefined);
      const lignes1345 = somme(b, (code) => REDUCTIBLES.includes(code));
      expect(b.deductionForfaitaire).toBeLessThanOrEqual(lignes1345);
      // 2 € = 200 c par heure, à la minute : plafond arrondi au centime supérieur
      expect(b.deductionForfaitaire).toBeLessThanOrEqual(Math.ceil((d.minutesTravaillees * 200) / 60));
      expect(b.exonerationPatronale).toBeLessThanOrEqual(lignes1345);
      if (d.exoneration === 'invalidite') expect(b.exonerationPatronale).toBe(lignes1345);
    }), RUNS);
  });

  it('le net déclaré (saisie nette) est celui du bulletin, à un centime près (R4)', () => {
    fc.assert(fc.property(arbDeclaration, (d) => {
      fc.pre(d.salaireHoraire.nature === 'net');
      const b = bulletin(d);
      fc.pre(b !== undefined);
      const minutes = d.minutesTravaillees + d.minutesCongesPayes;
      const declare = Math.floor((minutes * d.salaireHoraire.montant) / 60 + 0.5);
      expect(Math.abs(b.salaireNet - declare)).toBeLessThanOrEqual(1);
    }), RUNS);
  });

  const croissant = (avant: Bulletin, apres: Bulletin) => {
    expect(apres.salaireBrut).toBeGreaterThanOrEqual(avant.salaireBrut);
    expect(apres.salaireNet).toBeGreaterThanOrEqual(avant.salaireNet);
    expect(apres.coutEmployeur).toBeGreaterThanOrEqual(avant.coutEmployeur);
  };

  it('monotone en durée : brut, net et coût ne baissent pas quand on ajoute des minutes travaillées', () => {
    fc.assert(fc.property(arbDeclaration, fc.integer({ min: 1, max: 120 }), (d, plus) => {
      const a = bulletin(d);
      const b = bulletin({ ...d, minutesTravaillees: d.minutesTravaillees + plus });
      fc.pre(a !== undefined && b !== undefined);
      croissant(a, b);
    }), RUNS);
  });

  it('monotone en salaire horaire : brut, net et coût ne baissent pas quand le salaire horaire augmente', () => {
    fc.assert(fc.property(arbDeclaration, fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 })), (d, plus) => {
      const a = bulletin(d);
      const b = bulletin({ ...d, salaireHoraire: { ...d.salaireHoraire, montant: c(d.salaireHoraire.montant + plus) } });
      fc.pre(a !== undefined && b !== undefined);
      croissant(a, b);
    }), RUNS);
  });
});

describe('Monotonie — exemples trouvés par recherche exhaustive (métropole, mars 2025, 1 h, CP inclus)', () => {
  const uneHeure = (centimes: number): DeclarationCalculable => ({
    periode: { annee: 2025, mois: 3 }, moisPaiement: { annee: 2025, mois: 3 }, saisieDuree: 'heures',
    minutesTravaillees: 60, minutesCongesPayes: 0, salaireHoraire: { nature: 'net', montant: c(centimes) },
    congesPayes: 'inclus', alsaceMoselle: false, exoneration: 'aucune', tauxPAS: null, cstDejaFactureeMois: c(0),
    creditImpot: { situation: 'general', majorations: 0, cumulDepensesAnnee: c(0), cumulAvanceImmediateAnnee: c(0), aidesRecues: c(0), avanceImmediate: true },
  });
  it.each([
    // net N → bruts qui donnent exactement N : 22,69 → 29,03 ou 29,06 ; 22,70 → 29,04, 29,05 ou 29,07
    [2_269, 2_270],
    // 18,75 → 24,02 ou 24,03 ; 18,76 → seul 24,04 (à +3 c de la formule 24,01, qui donne 18,74)
    [1_875, 1_876],
  ])('%i c puis %i c de l\'heure : le brut, le net et le coût ne baissent pas', (avant, apres) => {
    const a = bulletin(uneHeure(avant));
    const b = bulletin(uneHeure(apres));
    if (a === undefined || b === undefined) throw new Error('refusé');
    croissantExemple(a, b);
  });
  const croissantExemple = (a: Bulletin, b: Bulletin) => {
    expect(b.salaireNet).toBeGreaterThanOrEqual(a.salaireNet);
    expect(b.salaireBrut).toBeGreaterThanOrEqual(a.salaireBrut);
    expect(b.coutEmployeur).toBeGreaterThanOrEqual(a.coutEmployeur);
  };
});

describe('Référentiel § 11 étape 3 — net → brut → net (R1, R4)', () => {
  // net de 1,00 € à 3 000 € : brut ≤ 3 000 / 0,768 ≈ 3 906 € < PSS 2025 (3 925 €)
  const arbNet = fc.record({ periode: arbMois, net: fc.integer({ min: 100, max: 300_000 }), alsace: fc.boolean() });

  it('netDepuisBrut(brutDepuisNet(N)) est à un centime au plus de N', () => {
    fc.assert(fc.property(arbNet, ({ periode, net, alsace }) => {
      const p = parametres(periode.annee, periode.mois);
      const brut = brutDepuisNet(c(net), p, alsace);
      expect(Math.abs(netDepuisBrut(brut, p, alsace) - net)).toBeLessThanOrEqual(1);
    }), RUNS);
  });

  it('quand un brut donne exactement N (cherché à ± 3 c de N / (1 − t)), brutDepuisNet le trouve', () => {
    fc.assert(fc.property(arbNet, ({ periode, net, alsace }) => {
      const p = parametres(periode.annee, periode.mois);
      // t_sal = 21,88025 % ou 23,18025 % (référentiel § 2, totaux)
      const formule = Math.round(net / (alsace ? 1 - 0.2318025 : 1 - 0.2188025));
      const exacts = [-3, -2, -1, 0, 1, 2, 3].map((e) => formule + e).filter((b) => netDepuisBrut(c(b), p, alsace) === net);
      fc.pre(exacts.length > 0);
      expect(netDepuisBrut(brutDepuisNet(c(net), p, alsace), p, alsace)).toBe(net);
    }), RUNS);
  });
});
