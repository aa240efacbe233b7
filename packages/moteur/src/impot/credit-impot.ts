/**
 * Crédit d'impôt « emploi d'un salarié à domicile » et avance immédiate.
 * CGI art. 199 sexdecies ; référentiel § 9.
 */
import { appliqueTaux, type Centimes, type TauxMillioniemes } from '../monnaie/centimes.js';
import type { OptionsCreditImpot } from '../cotisations/declaration.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';

export interface CreditImpot {
  readonly baseEligible: Centimes;
  readonly credit: Centimes;
  readonly avanceImmediate: Centimes;
  readonly plafondDepensesAtteint: boolean;
  readonly plafondAvanceAtteint: boolean;
}

/** Plafond annuel des dépenses selon la situation du foyer, majorations comprises. */
export function plafondDepenses(o: OptionsCreditImpot, p: ParametresMois): number {
  const majoration = o.majorations * p.nombre['credit-impot.plafond.majoration'];
  switch (o.situation) {
    case 'general':
      return Math.min(p.nombre['credit-impot.plafond.general'] + majoration, p.nombre['credit-impot.plafond.general-maximum']);
    case 'premiere-annee':
      return Math.min(
        p.nombre['credit-impot.plafond.premiere-annee'] + majoration,
        p.nombre['credit-impot.plafond.premiere-annee-maximum'],
      );
    case 'invalidite':
      return p.nombre['credit-impot.plafond.invalidite'];
  }
}

/**
 * Base = coût employeur − aides reçues, dans la limite de ce qui reste du plafond annuel ;
 * crédit = 50 % de la base ; avance = crédit dans la limite du plafond annuel de l'avance.
 */
export function calculeCreditImpot(coutEmployeur: Centimes, o: OptionsCreditImpot, p: ParametresMois): CreditImpot {
  const depense = Math.max(0, coutEmployeur - o.aidesRecues);
  const resteDuPlafond = Math.max(0, plafondDepenses(o, p) - o.cumulDepensesAnnee);
  const baseEligible = Math.min(depense, resteDuPlafond) as Centimes;
  const credit = appliqueTaux(baseEligible, p.nombre['credit-impot.taux'] as TauxMillioniemes);
  const plafondAvance =
    o.situation === 'invalidite' ? p.nombre['avance-immediate.plafond.invalidite'] : p.nombre['avance-immediate.plafond'];
  const resteAvance = Math.max(0, plafondAvance - o.cumulAvanceImmediateAnnee);
  const avanceImmediate = (o.avanceImmediate ? Math.min(credit, resteAvance) : 0) as Centimes;
  return {
    baseEligible,
    credit,
    avanceImmediate,
    plafondDepensesAtteint: baseEligible < depense,
    plafondAvanceAtteint: o.avanceImmediate && avanceImmediate < credit,
  };
}
