/**
 * Déduction forfaitaire patronale ou exonération (jamais les deux), sur les cotisations
 * patronales d'assurances sociales et d'allocations familiales (lignes « réductibles »).
 * CSS art. L241-10 I (exonérations) et I bis (déduction) ; référentiel § 4 et § 5.
 */
import { appliqueTaux, arrondiDivision, type Centimes, type TauxMillioniemes } from '../monnaie/centimes.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';
import type { Assiettes, LigneCompilee } from './calcul-lignes.js';
import type { DeclarationCalculable } from './declaration.js';

export interface Reduction {
  readonly deduction: Centimes;
  readonly exoneration: Centimes;
  /** Ce que la déduction aurait donné (pour comparer quand une exonération est demandée). */
  readonly deductionPossible: Centimes;
  /** Somme des lignes réductibles : plafond de la déduction. */
  readonly lignesReductibles: Centimes;
  /** Assiette de l'exonération « 70 ans » (brut limité à 65 h de SMIC), sinon le brut. */
  readonly assietteExoneration: Centimes;
}

/** 2 € par heure travaillée, à la minute près (R7), arrondi au centime. */
export const deductionBrute = (minutesTravaillees: number, p: ParametresMois): Centimes =>
  arrondiDivision(minutesTravaillees * p.nombre['deduction-forfaitaire.par-heure'], 60) as Centimes;

function sommeReductibles(patronales: readonly LigneCompilee[], base: Centimes, pss: number): Centimes {
  let somme = 0;
  for (const l of patronales) {
    if (l.definition.reductible !== true) continue;
    const assiette = l.definition.assiette === 'plafonnee' ? Math.min(base, pss) : base;
    somme += appliqueTaux(assiette as Centimes, l.taux);
  }
  return somme as Centimes;
}

export function calculeReduction(
  d: DeclarationCalculable,
  a: Assiettes,
  patronales: readonly LigneCompilee[],
  p: ParametresMois,
): Reduction {
  const pss = p.nombre['pss.mensuel'];
  const lignesReductibles = sommeReductibles(patronales, a.brut, pss);
  const deductionPossible = Math.min(deductionBrute(d.minutesTravaillees, p), lignesReductibles) as Centimes;
  const zero = 0 as Centimes;
  switch (d.exoneration) {
    case 'aucune':
      return { deduction: deductionPossible, exoneration: zero, deductionPossible, lignesReductibles, assietteExoneration: a.brut };
    case 'invalidite':
      return { deduction: zero, exoneration: lignesReductibles, deductionPossible, lignesReductibles, assietteExoneration: a.brut };
    case '70-ans': {
      const plafond = p.nombre['exoneration.70-ans.heures-smic'] * p.nombre['smic.horaire'];
      const assietteExoneration = Math.min(a.brut, plafond) as Centimes;
      const exoneration = sommeReductibles(patronales, assietteExoneration, pss);
      return { deduction: zero, exoneration, deductionPossible, lignesReductibles, assietteExoneration };
    }
  }
}

/**
 * Contribution santé au travail : 2,70 % du brut, plafonnée à 5 € par mois et par salarié,
 * moins ce qui a déjà été facturé ce mois-là (R8). Référentiel § 6.
 */
export function contributionSanteTravail(brut: Centimes, dejaFacturee: Centimes, p: ParametresMois): Centimes {
  const restant = Math.max(0, p.nombre['sante-travail.plafond-mensuel'] - dejaFacturee);
  return Math.min(appliqueTaux(brut, p.nombre['taux.sante-travail.employeur'] as TauxMillioniemes), restant) as Centimes;
}
