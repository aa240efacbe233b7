/**
 * Calcule le bulletin d'une déclaration CESU : du salaire horaire et de la durée jusqu'au
 * net payé, au coût employeur, au crédit d'impôt et au reste à charge.
 * Référentiel § 11 (la recette, étape par étape). Fonction pure : ni horloge, ni journal.
 *
 * @example
 * const r = calculeBulletin(declaration, { details: true });
 * if (r.ok) r.valeur.netPaye; // centimes
 */
import { anomalie, type Anomalie } from '../erreurs/catalogue.js';
import { arrondiDivision, type Centimes } from '../monnaie/centimes.js';
import { parametresDuMois, type ParametresMois } from '../parametres/parametres-mois.js';
import { echec, succes, type Resultat } from '../resultat.js';
import { calculeCreditImpot, type CreditImpot } from '../impot/credit-impot.js';
import { calculePrelevement, type Prelevement } from '../impot/prelevement-a-la-source.js';
import { assiettes, baremeLignes, totalLignes } from './calcul-lignes.js';
import { brutDepuisNet } from './brut-depuis-net.js';
import { controleDuree, controleSalaire, type Controles } from './controles.js';
import type { DeclarationCalculable } from './declaration.js';
import { construisLignes, type LigneBulletin } from './lignes-bulletin.js';
import { calculeReduction, contributionSanteTravail } from './reductions.js';

export interface Bulletin {
  readonly salaireBrut: Centimes;
  /** Net avant prélèvement à la source. */
  readonly salaireNet: Centimes;
  readonly cotisationsSalariales: Centimes;
  /** Cotisations patronales avant déduction ou exonération, hors santé au travail. */
  readonly cotisationsPatronales: Centimes;
  readonly deductionForfaitaire: Centimes;
  readonly exonerationPatronale: Centimes;
  readonly contributionSanteTravail: Centimes;
  /** Ce que l'employeur doit en cotisations : patronales − réduction + santé au travail. */
  readonly cotisationsPatronalesDues: Centimes;
  readonly netImposable: Centimes;
  readonly prelevement: Prelevement;
  readonly netPaye: Centimes;
  readonly coutEmployeur: Centimes;
  readonly creditImpot: CreditImpot;
  /** Ce que le foyer paie après l'avance immédiate. */
  readonly resteACharge: Centimes;
  /** Vide si le calcul a été demandé sans détails. */
  readonly lignes: readonly LigneBulletin[];
  readonly avertissements: readonly Anomalie[];
}

export interface OptionsCalcul {
  /** Construire les lignes détaillées (explications, sources) ; sinon, totaux seuls. */
  readonly details: boolean;
}

/** Paramètres du mois d'emploi et du mois de paiement (grille du taux neutre). */
function parametres(d: DeclarationCalculable): Resultat<[ParametresMois, ParametresMois], Anomalie> {
  const p = parametresDuMois(d.periode);
  if (!p.ok) return p;
  const pPaiement = parametresDuMois(d.moisPaiement);
  if (!pPaiement.ok) return echec(pPaiement.erreurs.map((e) => ({ ...e, champ: 'moisPaiement' })));
  return succes([p.valeur, pPaiement.valeur]);
}

/** Brut du mois : depuis le brut horaire, ou depuis le net horaire (R1, R4). */
function brutDuMois(d: DeclarationCalculable, p: ParametresMois): Centimes {
  const minutes = d.minutesTravaillees + d.minutesCongesPayes;
  const total = arrondiDivision(minutes * d.salaireHoraire.montant, 60) as Centimes;
  return d.salaireHoraire.nature === 'brut' ? total : brutDepuisNet(total, p, d.alsaceMoselle);
}

export function calculeBulletin(d: DeclarationCalculable, options: OptionsCalcul): Resultat<Bulletin, Anomalie> {
  const params = parametres(d);
  if (!params.ok) return params;
  const [p, pPaiement] = params.valeur;
  const controles: Controles = { erreurs: [], avertissements: [] };
  controleDuree(d, p, controles);
  const brut = brutDuMois(d, p);
  controleSalaire(brut, d, p, controles);
  if (controles.erreurs.length > 0) return echec(controles.erreurs);

  const bareme = baremeLignes(p);
  const salariales = d.alsaceMoselle ? bareme.salarialesAlsaceMoselle : bareme.salariales;
  const a = assiettes(brut, p);
  const cotisationsSalariales = totalLignes(salariales, a);
  const cotisationsPatronales = totalLignes(bareme.patronales, a);
  const reduction = calculeReduction(d, a, bareme.patronales, p);
  const cst = contributionSanteTravail(brut, d.cstDejaFactureeMois, p);
  const dues = (cotisationsPatronales - reduction.deduction - reduction.exoneration + cst) as Centimes;
  const salaireNet = (brut - cotisationsSalariales) as Centimes;
  // Net imposable = net + CSG non déductible + CRDS (référentiel § 8).
  const nonDeductibles = totalLignes(bareme.nonDeductibles, a);
  const netImposable = (salaireNet + nonDeductibles) as Centimes;
  const prelevement = calculePrelevement(netImposable, d.tauxPAS, pPaiement.grilleTauxNeutre);
  const coutEmployeur = (brut + dues) as Centimes;
  const creditImpot = calculeCreditImpot(coutEmployeur, d.creditImpot, p);

  if (d.exoneration !== 'aucune' && reduction.deductionPossible > reduction.exoneration) {
    controles.avertissements.push(anomalie('EXONERATION_MOINS_FAVORABLE',
      'La déduction forfaitaire de 2 € par heure serait plus avantageuse ce mois-ci que l’exonération demandée.', 'exoneration'));
  }
  avertissementsCredit(creditImpot, controles.avertissements);
  const lignes = options.details
    ? construisLignes(d, { salariales, patronales: bareme.patronales, assiettes: a, reduction, cst, netImposable, prelevement }, p, pPaiement)
    : [];
  return succes({
    salaireBrut: brut, salaireNet, cotisationsSalariales, cotisationsPatronales,
    deductionForfaitaire: reduction.deduction, exonerationPatronale: reduction.exoneration,
    contributionSanteTravail: cst, cotisationsPatronalesDues: dues, netImposable, prelevement,
    netPaye: (salaireNet - prelevement.montant) as Centimes, coutEmployeur, creditImpot,
    resteACharge: (coutEmployeur - creditImpot.avanceImmediate) as Centimes,
    lignes, avertissements: controles.avertissements,
  });
}

function avertissementsCredit(c: CreditImpot, avertissements: Anomalie[]): void {
  if (c.plafondDepensesAtteint) {
    avertissements.push(anomalie('PLAFOND_CREDIT_IMPOT_ATTEINT',
      'Le plafond annuel des dépenses ouvrant droit au crédit d’impôt est atteint : une partie de cette dépense n’y ouvre pas droit.',
      'cumulDepensesAnnee'));
  }
  if (c.plafondAvanceAtteint) {
    avertissements.push(anomalie('PLAFOND_AVANCE_IMMEDIATE_ATTEINT',
      'Le plafond annuel de l’avance immédiate est atteint : le reste du crédit d’impôt sera versé après votre déclaration de revenus.',
      'cumulAvanceImmediateAnnee'));
  }
}
