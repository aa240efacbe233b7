/**
 * Prélèvement à la source : taux personnalisé, ou grille du taux neutre appliquée au net
 * imposable mensuel (CGI art. 204 A et 204 H III). Référentiel § 8.
 */
import { appliqueTaux, type Centimes, type TauxMillioniemes } from '../monnaie/centimes.js';
import type { Tranche } from '../parametres/types.js';

/**
 * Taux de la grille pour une base : une base égale à une borne relève de la tranche suivante,
 * l'article 204 H disant « inférieure à » (R10, ADR arrondis).
 */
export function tauxNeutre(base: Centimes, grille: readonly Tranche[]): TauxMillioniemes {
  for (const tranche of grille) {
    if (tranche.jusqua === null || base < tranche.jusqua) return tranche.taux as TauxMillioniemes;
  }
  throw new Error('Grille du taux neutre sans dernière tranche ouverte');
}

export interface Prelevement {
  readonly taux: TauxMillioniemes;
  readonly origine: 'personnalise' | 'neutre';
  readonly montant: Centimes;
}

/** PAS = arrondi(net imposable × taux), au centime, demi vers le haut (R6). */
export function calculePrelevement(
  netImposable: Centimes,
  tauxPersonnalise: TauxMillioniemes | null,
  grille: readonly Tranche[],
): Prelevement {
  const origine = tauxPersonnalise === null ? 'neutre' : 'personnalise';
  const taux = tauxPersonnalise ?? tauxNeutre(netImposable, grille);
  return { taux, origine, montant: appliqueTaux(netImposable, taux) };
}
