/**
 * Ce qu'un client envoie pour une simulation (noms de l'API, montants en euros décimaux).
 * La CLI construit le même objet : API et CLI calculent donc au centime près la même chose.
 */
export interface EntreeSimulation {
  readonly periode?: unknown;
  readonly moisPaiement?: unknown;
  readonly heures?: unknown;
  readonly minutes?: unknown;
  readonly salaireHoraireNet?: unknown;
  readonly salaireHoraireBrut?: unknown;
  readonly congesPayes?: unknown;
  readonly heuresCongesPayes?: unknown;
  readonly minutesCongesPayes?: unknown;
  readonly alsaceMoselle?: unknown;
  readonly departement?: unknown;
  readonly exoneration?: unknown;
  readonly tauxPAS?: unknown;
  readonly cstDejaFactureeMois?: unknown;
  readonly situationCreditImpot?: unknown;
  readonly majorationsCreditImpot?: unknown;
  readonly cumulDepensesAnnee?: unknown;
  readonly cumulAvanceImmediateAnnee?: unknown;
  readonly aidesRecues?: unknown;
  readonly avanceImmediate?: unknown;
}

/** Bornes de lecture (au-delà : valeur absurde). Les contrôles légaux viennent après, datés. */
export const BORNES_SAISIE = {
  /** 31 jours × 24 h : aucune durée mensuelle ne peut dépasser cela. */
  heuresParMois: 744,
  salaireHoraireEuros: 10_000,
  montantEuros: 1_000_000,
  majorations: 20,
} as const;
