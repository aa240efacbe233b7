/** Aides de mise en forme et de lecture des nombres, à la française. */

const formatEuros = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const formatTaux = new Intl.NumberFormat("fr-FR", {
  minimumFractionDigits: 0,
  maximumFractionDigits: 4,
});

const formatHeures = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** 1234.5 → « 1 234,50 € » */
export function euros(montant: number): string {
  return formatEuros.format(montant);
}

/** Taux exprimé en pourcentage : 6.9 → « 6,9 % » */
export function pourcentage(taux: number): string {
  return `${formatTaux.format(taux)}\u00a0%`;
}

/** 630 minutes → « 10 h 30 min » ; 600 → « 10 h » */
export function duree(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  if (m === 0) return `${formatHeures.format(h)}\u00a0h`;
  if (h === 0) return `${m}\u00a0min`;
  return `${formatHeures.format(h)}\u00a0h\u00a0${m}\u00a0min`;
}

/** « 2026-01 » → « janvier 2026 » */
export function moisEnToutesLettres(periode: string): string {
  const [annee, mois] = periode.split("-").map(Number);
  if (annee === undefined || mois === undefined || Number.isNaN(annee) || Number.isNaN(mois)) return periode;
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(annee, mois - 1, 1)),
  );
}

/**
 * Lit un nombre saisi par une personne : accepte la virgule ou le point,
 * les espaces (séparateurs de milliers) et un symbole € ou % final.
 * Renvoie `null` si la saisie est vide, `NaN` si elle est illisible.
 */
export function lireNombre(saisie: string): number | null {
  const nettoyee = saisie
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/[€%]$/u, "")
    .replace(",", ".");
  if (nettoyee === "") return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(nettoyee)) return Number.NaN;
  return Number(nettoyee);
}

/** Mois courant au format AAAA-MM (heure locale). */
export function moisCourant(date: Date = new Date()): string {
  const mois = String(date.getMonth() + 1).padStart(2, "0");
  return `${date.getFullYear()}-${mois}`;
}
