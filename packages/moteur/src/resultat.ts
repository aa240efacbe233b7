/**
 * Issue attendue d'une opération métier : une valeur ou une liste d'erreurs.
 * Les exceptions sont réservées aux bogues et aux pannes d'infrastructure
 * (principe 6 de docs/principes.md).
 */
export type Resultat<T, E> =
  | { readonly ok: true; readonly valeur: T }
  | { readonly ok: false; readonly erreurs: readonly E[] };

export const succes = <T>(valeur: T): { readonly ok: true; readonly valeur: T } => ({ ok: true, valeur });

export const echec = <E>(erreurs: readonly E[]): { readonly ok: false; readonly erreurs: readonly E[] } => ({
  ok: false,
  erreurs,
});

/** Pour les `switch` exhaustifs : n'accepte que `never`. */
export function casImpossible(valeur: never): never {
  throw new Error(`Cas non prévu : ${String(valeur)}`);
}
