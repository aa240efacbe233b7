/**
 * Lecture des nombres saisis (euros décimaux, heures décimales, taux) en entiers exacts.
 * Un nombre qui a plus de décimales que permis est refusé, jamais arrondi en silence.
 */
const TOLERANCE = 1e-6;

/** Entier exact si `valeur × facteur` est entier (à la précision des doubles près). */
function entierExact(valeur: number, facteur: number): number | undefined {
  const mis = valeur * facteur;
  const arrondi = Math.round(mis);
  return Math.abs(mis - arrondi) < TOLERANCE * Math.max(1, Math.abs(mis)) ? arrondi : undefined;
}

const estNombre = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Euros (≥ 0, deux décimales au plus, au plus `maximum` euros) → centimes. */
export function lisEuros(v: unknown, maximum: number): number | undefined {
  if (!estNombre(v) || v < 0 || v > maximum) return undefined;
  return entierExact(v, 100);
}

/**
 * Heures décimales (> 0, deux décimales au plus) → minutes. Une durée qui ne fait pas un
 * nombre entier de minutes (7,33 h = 439,8 min) est refusée plutôt qu'arrondie en silence.
 */
export function lisHeures(v: unknown, maximumHeures: number): number | undefined {
  if (!estNombre(v) || v <= 0 || v > maximumHeures) return undefined;
  const centiemes = entierExact(v, 100);
  if (centiemes === undefined || (centiemes * 60) % 100 !== 0) return undefined;
  return (centiemes * 60) / 100;
}

/** Minutes entières (> 0). */
export function lisMinutes(v: unknown, maximumHeures: number): number | undefined {
  return estNombre(v) && Number.isInteger(v) && v > 0 && v <= maximumHeures * 60 ? v : undefined;
}

/** Taux en fraction (0,055) → millionièmes, quatre décimales au plus. */
export function lisTaux(v: unknown): number | undefined {
  if (!estNombre(v) || v < 0 || v > 1) return undefined;
  const dixMilliemes = entierExact(v, 10_000);
  return dixMilliemes === undefined ? undefined : dixMilliemes * 100;
}

/** Entier positif ou nul, au plus `maximum`. */
export const lisEntier = (v: unknown, maximum: number): number | undefined =>
  estNombre(v) && Number.isInteger(v) && v >= 0 && v <= maximum ? v : undefined;
