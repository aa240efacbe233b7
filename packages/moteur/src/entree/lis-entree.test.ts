import { describe, expect, it } from 'vitest';
import { lisEntreeSimulation } from './lis-entree.js';
import { codesEtChamps, uneDeclaration, uneSaisie, unBulletin } from '../test-utils/builders.js';

/** Erreurs de lecture d'une saisie (le lecteur seul, sans calcul). */
function erreursLecture(surcharge: Record<string, unknown>) {
  const r = lisEntreeSimulation(uneSaisie(surcharge));
  if (r.ok) throw new Error('La saisie devait être refusée à la lecture');
  return codesEtChamps(r.erreurs);
}
const une = (code: string, champ: string) => [{ code, champ }];

describe('Saisie — période (couverture 2025-01 → 2026-12, référentiel : périmètre)', () => {
  it.each(['2025-13', '2025-3', '2025/03', 'mars 2025', '', 202503, null])('PERIODE_INVALIDE pour %o', (periode) => {
    expect(erreursLecture({ periode })).toEqual(une('PERIODE_INVALIDE', 'periode'));
  });
  it('PERIODE_INVALIDE quand la période manque', () => {
    expect(erreursLecture({ periode: undefined })).toEqual(une('PERIODE_INVALIDE', 'periode'));
  });
  it.each(['2024-12', '2027-01'])('PERIODE_NON_COUVERTE pour %s', (periode) => {
    expect(erreursLecture({ periode })).toEqual(une('PERIODE_NON_COUVERTE', 'periode'));
  });
  it('les bornes 2025-01 et 2026-12 sont couvertes', () => {
    expect(uneDeclaration({ periode: '2025-01' }).periode).toEqual({ annee: 2025, mois: 1 });
    expect(uneDeclaration({ periode: '2026-12' }).periode).toEqual({ annee: 2026, mois: 12 });
  });
  it('moisPaiement : par défaut la période ; sinon lu et contrôlé sur son propre champ', () => {
    expect(uneDeclaration().moisPaiement).toEqual({ annee: 2025, mois: 3 });
    expect(uneDeclaration({ moisPaiement: '2025-05' }).moisPaiement).toEqual({ annee: 2025, mois: 5 });
    expect(erreursLecture({ moisPaiement: '05/2025' })).toEqual(une('PERIODE_INVALIDE', 'moisPaiement'));
    expect(erreursLecture({ moisPaiement: '2027-01' })).toEqual(une('PERIODE_NON_COUVERTE', 'moisPaiement'));
  });
});

describe('Saisie — durée : heures (deux décimales) ou minutes (entières), exactement l\'un des deux', () => {
  it('DUREE_MANQUANTE sur heures', () => {
    expect(erreursLecture({ heures: undefined })).toEqual(une('DUREE_MANQUANTE', 'heures'));
  });
  it('DUREE_AMBIGUE sur heures quand les deux sont donnés', () => {
    expect(erreursLecture({ heures: 8, minutes: 480 })).toEqual(une('DUREE_AMBIGUE', 'heures'));
  });
  it.each([-1, 0, 7.333, 744.01, 745, '8', Number.NaN, Number.POSITIVE_INFINITY])('DUREE_INVALIDE pour heures = %o', (heures) => {
    expect(erreursLecture({ heures })).toEqual(une('DUREE_INVALIDE', 'heures'));
  });
  it.each([-60, 0, 450.5, 744 * 60 + 1, '450'])('DUREE_INVALIDE pour minutes = %o', (minutes) => {
    expect(erreursLecture({ heures: undefined, minutes })).toEqual(une('DUREE_INVALIDE', 'minutes'));
  });
  it('744 h (31 × 24) est la borne de lecture acceptée', () => {
    expect(uneDeclaration({ heures: 744 }).minutesTravaillees).toBe(44_640);
    expect(uneDeclaration({ heures: undefined, minutes: 44_640 }).minutesTravaillees).toBe(44_640);
  });
  it('heures 7,5 = minutes 450 (même déclaration, seul le champ de saisie diffère)', () => {
    const h = uneDeclaration({ heures: 7.5 });
    const m = uneDeclaration({ heures: undefined, minutes: 450 });
    expect(h.minutesTravaillees).toBe(450);
    expect({ ...m, saisieDuree: 'heures' }).toEqual(h);
    expect([h.saisieDuree, m.saisieDuree]).toEqual(['heures', 'minutes']);
  });
  it('heures 0,1 = 6 min ; 8,25 = 495 min (pas d\'erreur de virgule flottante)', () => {
    expect(uneDeclaration({ heures: 0.1 }).minutesTravaillees).toBe(6);
    expect(uneDeclaration({ heures: 8.25 }).minutesTravaillees).toBe(495);
  });
  it('jamais d\'arrondi silencieux (référentiel § 11 étape 2 : N = arrondi(H × n)) : 7,33 h × 11,00 € → net 80,63 € ou refus', () => {
    // 7,33 h = 439,8 min : soit le net du mois est 7,33 × 11,00 = 80,63 €, soit la durée est refusée.
    const lu = lisEntreeSimulation(uneSaisie({ heures: 7.33 }));
    if (!lu.ok) {
      expect(codesEtChamps(lu.erreurs)).toEqual(une('DUREE_INVALIDE', 'heures'));
      return;
    }
    expect(unBulletin({ heures: 7.33 }).salaireNet).toBe(8_063);
  });
});

describe('Saisie — salaire horaire net ou brut', () => {
  it('SALAIRE_MANQUANT sur salaireHoraireNet', () => {
    expect(erreursLecture({ salaireHoraireNet: undefined })).toEqual(une('SALAIRE_MANQUANT', 'salaireHoraireNet'));
  });
  it('SALAIRE_AMBIGU sur salaireHoraireNet', () => {
    expect(erreursLecture({ salaireHoraireNet: 11, salaireHoraireBrut: 14 })).toEqual(une('SALAIRE_AMBIGU', 'salaireHoraireNet'));
  });
  it.each([11.001, 0, -11, '11', 10_000.01])('SALAIRE_INVALIDE pour salaireHoraireNet = %o', (v) => {
    expect(erreursLecture({ salaireHoraireNet: v })).toEqual(une('SALAIRE_INVALIDE', 'salaireHoraireNet'));
  });
  it('SALAIRE_INVALIDE sur salaireHoraireBrut quand c\'est le brut qui est faux', () => {
    expect(erreursLecture({ salaireHoraireBrut: 0 })).toEqual(une('SALAIRE_INVALIDE', 'salaireHoraireBrut'));
  });
  it('11,10 € → 1 110 c (0,1 flottant lu exactement) ; brut retenu comme brut', () => {
    expect(uneDeclaration({ salaireHoraireNet: 11.1 }).salaireHoraire).toEqual({ nature: 'net', montant: 1110 });
    expect(uneDeclaration({ salaireHoraireBrut: 14.07 }).salaireHoraire).toEqual({ nature: 'brut', montant: 1407 });
  });
});

describe('Saisie — congés payés, taux PAS, montants', () => {
  it('CONGES_PAYES_INVALIDES : heures de congés en mode « inclus »', () => {
    expect(erreursLecture({ heuresCongesPayes: 2 })).toEqual(une('CONGES_PAYES_INVALIDES', 'heuresCongesPayes'));
  });
  it.each([
    [{ heuresCongesPayes: -2 }, 'heuresCongesPayes'],
    [{ heuresCongesPayes: 2.001 }, 'heuresCongesPayes'],
    [{ minutesCongesPayes: 1.5 }, 'minutesCongesPayes'],
    [{ heuresCongesPayes: 2, minutesCongesPayes: 120 }, 'heuresCongesPayes'],
  ])('CONGES_PAYES_INVALIDES en mode « a-part » : %o', (conges, champ) => {
    expect(erreursLecture({ congesPayes: 'a-part', ...conges })).toEqual(une('CONGES_PAYES_INVALIDES', champ));
  });
  it('mode « a-part » : congés facultatifs, lus en minutes', () => {
    expect(uneDeclaration({ congesPayes: 'a-part' }).minutesCongesPayes).toBe(0);
    expect(uneDeclaration({ congesPayes: 'a-part', heuresCongesPayes: 1.5 }).minutesCongesPayes).toBe(90);
  });
  it.each([1.01, -0.01, 0.12345, '0.05', Number.NaN, null])('TAUX_PAS_INVALIDE pour %o', (tauxPAS) => {
    expect(erreursLecture({ tauxPAS })).toEqual(une('TAUX_PAS_INVALIDE', 'tauxPAS'));
  });
  it('taux PAS : 0,055 → 55 000 millionièmes ; 0,1234 et 0 acceptés ; absent → taux neutre (null)', () => {
    expect(uneDeclaration({ tauxPAS: 0.055 }).tauxPAS).toBe(55_000);
    expect(uneDeclaration({ tauxPAS: 0.1234 }).tauxPAS).toBe(123_400);
    expect(uneDeclaration({ tauxPAS: 0 }).tauxPAS).toBe(0);
    expect(uneDeclaration().tauxPAS).toBeNull();
  });
  it.each([
    ['cumulDepensesAnnee', -1], ['cumulAvanceImmediateAnnee', 1.001], ['aidesRecues', '50'],
    ['cstDejaFactureeMois', 1_000_000.01],
  ])('MONTANT_INVALIDE sur %s = %o', (champ, v) => {
    expect(erreursLecture({ [champ]: v })).toEqual(une('MONTANT_INVALIDE', champ));
  });
  it.each([
    ['exoneration', '80-ans'], ['congesPayes', 'oui'], ['alsaceMoselle', 'oui'], ['situationCreditImpot', 'x'],
    ['avanceImmediate', 1], ['majorationsCreditImpot', -1], ['majorationsCreditImpot', 1.5],
  ])('REQUETE_INVALIDE sur %s = %o', (champ, v) => {
    expect(erreursLecture({ [champ]: v })).toEqual(une('REQUETE_INVALIDE', champ));
  });
});

describe('Saisie — territoire (référentiel § 7)', () => {
  it.each(['99', '00', '2C', '1', 75, '975 ', '979'])('DEPARTEMENT_INVALIDE pour %o', (departement) => {
    expect(erreursLecture({ departement })).toEqual(une('DEPARTEMENT_INVALIDE', 'departement'));
  });
  it.each(['971', '972', '973', '974', '976'])('TERRITOIRE_NON_PRIS_EN_CHARGE pour le DOM %s (§ 7.2)', (departement) => {
    expect(erreursLecture({ departement })).toEqual(une('TERRITOIRE_NON_PRIS_EN_CHARGE', 'departement'));
  });
  it.each([['57', true], ['67', true], ['68', true], ['75', false], ['2A', false], [undefined, false]])(
    'département %o → Alsace-Moselle %s (§ 7.1)', (departement, attendu) => {
      expect(uneDeclaration({ departement }).alsaceMoselle).toBe(attendu);
    });
  it('alsaceMoselle explicite l\'emporte sur le département', () => {
    expect(uneDeclaration({ departement: '57', alsaceMoselle: false }).alsaceMoselle).toBe(false);
    expect(uneDeclaration({ departement: '75', alsaceMoselle: true }).alsaceMoselle).toBe(true);
  });
});

describe('Saisie — toutes les erreurs d\'un coup, chacune sur son champ', () => {
  it('cinq erreurs indépendantes sont toutes rendues', () => {
    expect(erreursLecture({ periode: '2025-00', heures: -1, salaireHoraireNet: 0, departement: '971', tauxPAS: 2, aidesRecues: -5 })).toEqual([
      { code: 'PERIODE_INVALIDE', champ: 'periode' },
      { code: 'DUREE_INVALIDE', champ: 'heures' },
      { code: 'SALAIRE_INVALIDE', champ: 'salaireHoraireNet' },
      { code: 'TERRITOIRE_NON_PRIS_EN_CHARGE', champ: 'departement' },
      { code: 'TAUX_PAS_INVALIDE', champ: 'tauxPAS' },
      { code: 'MONTANT_INVALIDE', champ: 'aidesRecues' },
    ]);
  });
  it('chaque anomalie a un message en français non vide', () => {
    const r = lisEntreeSimulation({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codesEtChamps(r.erreurs)).toEqual([
      { code: 'PERIODE_INVALIDE', champ: 'periode' },
      { code: 'DUREE_MANQUANTE', champ: 'heures' },
      { code: 'SALAIRE_MANQUANT', champ: 'salaireHoraireNet' },
    ]);
    for (const e of r.erreurs) expect(e.message.length).toBeGreaterThan(10);
  });
});
