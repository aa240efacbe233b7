/**
 * La déclaration telle que le moteur la calcule : déjà lue et validée à la frontière
 * (entree/lis-entree.ts), en centimes, minutes et millionièmes.
 */
import type { Centimes, TauxMillioniemes } from '../monnaie/centimes.js';
import type { Mois } from '../periode/mois.js';

export type ModeCongesPayes = 'inclus' | 'a-part';
export type Exoneration = 'aucune' | '70-ans' | 'invalidite';
export type SituationCreditImpot = 'general' | 'premiere-annee' | 'invalidite';

export interface OptionsCreditImpot {
  readonly situation: SituationCreditImpot;
  /** Nombre de majorations de 1 500 € du plafond (enfants à charge, membres de plus de 65 ans). */
  readonly majorations: number;
  /** Dépenses déjà retenues cette année pour le crédit d'impôt, avant cette déclaration. */
  readonly cumulDepensesAnnee: Centimes;
  /** Avance immédiate déjà versée cette année. */
  readonly cumulAvanceImmediateAnnee: Centimes;
  /** Aides reçues pour cette dépense (APA, PCH, Cesu préfinancé exonéré…), exclues de la base. */
  readonly aidesRecues: Centimes;
  /** Le foyer a activé l'avance immédiate (Cesu+). */
  readonly avanceImmediate: boolean;
}

export interface DeclarationCalculable {
  readonly periode: Mois;
  /** Mois de paiement : choisit la grille du taux neutre (CGI art. 204 H). */
  readonly moisPaiement: Mois;
  /** Comment la durée a été saisie : nomme le champ dans les messages d'erreur. */
  readonly saisieDuree: 'heures' | 'minutes';
  readonly minutesTravaillees: number;
  /** Heures de congés payés déclarées à part (mode « a-part »), en minutes ; 0 sinon. */
  readonly minutesCongesPayes: number;
  readonly salaireHoraire: { readonly nature: 'net' | 'brut'; readonly montant: Centimes };
  readonly congesPayes: ModeCongesPayes;
  readonly alsaceMoselle: boolean;
  readonly exoneration: Exoneration;
  /** Taux personnalisé transmis par la DGFiP ; `null` : grille du taux neutre. */
  readonly tauxPAS: TauxMillioniemes | null;
  /** Contribution santé au travail déjà facturée ce mois pour ce salarié (plafond mensuel). */
  readonly cstDejaFactureeMois: Centimes;
  readonly creditImpot: OptionsCreditImpot;
}
