/**
 * Montants en centimes d'euro entiers, et la seule règle d'arrondi du moteur.
 *
 * Décision : docs/adr/ADR-2026-11-23-arrondis.md — chaque ligne est arrondie au centime,
 * au plus proche, les demis vers le haut (R2, R5 du référentiel).
 */
export type Centimes = number & { readonly __unite: 'centimes' };

/** Un taux exprimé en millionièmes (6,90 % = 69 000). Entier, donc exact. */
export type TauxMillioniemes = number & { readonly __unite: 'millioniemes' };

export const UN_MILLION = 1_000_000;

export const centimes = (n: number): Centimes => n as Centimes;

export const taux = (n: number): TauxMillioniemes => n as TauxMillioniemes;

/**
 * Division entière arrondie au plus proche, demi vers le haut, pour un numérateur ≥ 0.
 * Exacte tant que `numerateur` < 2^53 (vérifié par les bornes du périmètre : brut ≤ PSS).
 * @example arrondiDivision(5, 2) === 3
 */
export function arrondiDivision(numerateur: number, diviseur: number): number {
  const quotient = Math.floor(numerateur / diviseur);
  const reste = numerateur - quotient * diviseur;
  return reste * 2 >= diviseur ? quotient + 1 : quotient;
}

/**
 * Applique un taux à une base en centimes, arrondi au centime (demi vers le haut).
 * @example appliqueTaux(centimes(11265), taux(69000)) === 777 // 6,90 % de 112,65 €
 */
export function appliqueTaux(base: Centimes, t: TauxMillioniemes): Centimes {
  return arrondiDivision(base * t, UN_MILLION) as Centimes;
}

/** Convertit des centimes en euros pour l'affichage JSON (au plus deux décimales). */
export const enEuros = (montant: number): number => montant / 100;

const formatEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** « 1 234,56 € » — pour les messages et la CLI. */
export const formateEuros = (montant: number): string => formatEuros.format(montant / 100);
