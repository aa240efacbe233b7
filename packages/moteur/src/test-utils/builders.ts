/**
 * Code de test uniquement : petits constructeurs de saisies et de déclarations, pour que
 * chaque test ne dise que ce qui le distingue. Rien ici n'est exporté par index.ts.
 */
import type { Bulletin } from '../cotisations/calcule-bulletin.js';
import { calculeBulletin } from '../cotisations/calcule-bulletin.js';
import type { DeclarationCalculable } from '../cotisations/declaration.js';
import type { EntreeSimulation } from '../entree/entree-simulation.js';
import { lisEntreeSimulation } from '../entree/lis-entree.js';
import type { Anomalie } from '../erreurs/catalogue.js';
import type { Centimes, TauxMillioniemes } from '../monnaie/centimes.js';
import { parametresDuMois, type ParametresMois } from '../parametres/parametres-mois.js';
import type { Mois } from '../periode/mois.js';

/**
 * Saisie API par défaut : l'exemple du référentiel § 12 (mars 2025, 8 h à 11 € net, CP inclus).
 * Donner `salaireHoraireBrut` retire le net par défaut ; une clé à `undefined` vaut absence.
 */
export function uneSaisie(surcharge: Record<string, unknown> = {}): EntreeSimulation {
  const salaire = 'salaireHoraireBrut' in surcharge ? {} : { salaireHoraireNet: 11 };
  return { periode: '2025-03', heures: 8, ...salaire, ...surcharge };
}

/** Lit une saisie qui doit être valide ; lève sinon (message lisible dans le rapport). */
export function uneDeclaration(surcharge: Record<string, unknown> = {}): DeclarationCalculable {
  const r = lisEntreeSimulation(uneSaisie(surcharge));
  if (!r.ok) throw new Error(`Saisie de test refusée : ${JSON.stringify(r.erreurs)}`);
  return r.valeur;
}

/** Bulletin d'une saisie qui doit être acceptée. */
export function unBulletin(surcharge: Record<string, unknown> = {}, details = true): Bulletin {
  const r = calculeBulletin(uneDeclaration(surcharge), { details });
  if (!r.ok) throw new Error(`Bulletin de test refusé : ${JSON.stringify(r.erreurs)}`);
  return r.valeur;
}

/** Erreurs d'une saisie qui doit être refusée (à la lecture ou au calcul). */
export function erreursDe(surcharge: Record<string, unknown>): readonly Anomalie[] {
  const lu = lisEntreeSimulation(uneSaisie(surcharge));
  if (!lu.ok) return lu.erreurs;
  const r = calculeBulletin(lu.valeur, { details: false });
  if (r.ok) throw new Error('La saisie de test devait être refusée');
  return r.erreurs;
}

/** Codes et champs, pour comparer sans dépendre des messages. */
export const codesEtChamps = (a: readonly Anomalie[]): { code: string; champ: string | undefined }[] =>
  a.map((e) => ({ code: e.code, champ: e.champ }));

/** Montant d'une ligne détaillée par son code ; lève si la ligne est absente. */
export function montantLigne(b: Bulletin, code: string): number {
  const l = b.lignes.find((x) => x.code === code);
  if (l === undefined) throw new Error(`Ligne absente : ${code}`);
  return l.montant;
}

/** Paramètres d'un mois « AAAA-MM » qui doivent exister. */
export function parametres(annee: number, mois: number): ParametresMois {
  const r = parametresDuMois({ annee, mois } satisfies Mois);
  if (!r.ok) throw new Error(`Paramètres absents pour ${annee}-${mois}`);
  return r.valeur;
}

export const c = (n: number): Centimes => n as Centimes;
export const t = (n: number): TauxMillioniemes => n as TauxMillioniemes;
