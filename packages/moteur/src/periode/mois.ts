/** Un mois civil (période d'emploi ou mois de paiement). */
export interface Mois {
  readonly annee: number;
  readonly mois: number; // 1 à 12
}

const FORMAT_MOIS = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Lit « AAAA-MM » ; `undefined` si le format est faux. */
export function lisMois(texte: string): Mois | undefined {
  const trouve = FORMAT_MOIS.exec(texte);
  if (trouve === null) return undefined;
  return { annee: Number(trouve[1]), mois: Number(trouve[2]) };
}

/** Rang du mois (annee × 12 + mois − 1) : compare et indexe les mois. */
export const rangMois = (m: Mois): number => m.annee * 12 + m.mois - 1;

export const formateMois = (m: Mois): string => `${m.annee}-${String(m.mois).padStart(2, '0')}`;

/** Nombre de jours du mois (calendrier grégorien). */
export function joursDansMois(m: Mois): number {
  if (m.mois === 2) {
    const bissextile = (m.annee % 4 === 0 && m.annee % 100 !== 0) || m.annee % 400 === 0;
    return bissextile ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(m.mois) ? 30 : 31;
}

/** « AAAA-MM-JJ » du premier jour du mois, pour comparer aux dates d'effet. */
export const premierJour = (m: Mois): string => `${formateMois(m)}-01`;
