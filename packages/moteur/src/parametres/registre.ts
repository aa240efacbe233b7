/**
 * Registre des paramètres légaux datés : choisit, pour un mois, la valeur en vigueur de
 * chaque paramètre (la dernière date d'effet antérieure ou égale au 1er du mois).
 *
 * Les fichiers sont des données importées statiquement : le moteur ne lit aucun disque.
 */
import f20250101 from './donnees/2025-01-01.json' with { type: 'json' };
import f20250501 from './donnees/2025-05-01.json' with { type: 'json' };
import f20260101 from './donnees/2026-01-01.json' with { type: 'json' };
import f20260601 from './donnees/2026-06-01.json' with { type: 'json' };
import sourcesJson from './donnees/sources.json' with { type: 'json' };
import couverture from './donnees/couverture.json' with { type: 'json' };
import { lisMois, premierJour, rangMois, type Mois } from '../periode/mois.js';
import type { DefinitionParametre, FichierParametres, Source, ValeurEnVigueur } from './types.js';

/** Identifiants connus : ceux du premier fichier, qui décrit l'état complet au 1er janvier 2025. */
export type IdParametre = keyof typeof f20250101.valeurs;

export const FICHIERS_PARAMETRES: readonly FichierParametres[] = [
  f20250101,
  f20250501,
  f20260101,
  f20260601,
] as readonly FichierParametres[];

const SOURCES: Readonly<Record<string, { titre: string; url: string }>> = sourcesJson;

export const PREMIER_MOIS_COUVERT: Mois = lisMoisOuPanne(couverture.premierMois);
export const DERNIER_MOIS_COUVERT: Mois = lisMoisOuPanne(couverture.dernierMois);

function lisMoisOuPanne(texte: string): Mois {
  const mois = lisMois(texte);
  if (mois === undefined) throw new Error(`couverture.json : mois illisible « ${texte} »`);
  return mois;
}

export const estMoisCouvert = (m: Mois): boolean =>
  rangMois(m) >= rangMois(PREMIER_MOIS_COUVERT) && rangMois(m) <= rangMois(DERNIER_MOIS_COUVERT);

function resousSources(id: string, cles: readonly string[]): Source[] {
  return cles.map((cle) => {
    const source = SOURCES[cle];
    if (source === undefined) throw new Error(`Paramètre ${id} : source inconnue « ${cle} »`);
    return { cle, ...source };
  });
}

/**
 * Valeur en vigueur le premier jour du mois, ou `undefined` si aucun fichier ne la définit
 * à cette date (paramètre manquant : l'appelant en fait une erreur claire).
 */
export function valeurEnVigueur(id: IdParametre, mois: Mois): ValeurEnVigueur<DefinitionParametre['valeur']> | undefined {
  const date = premierJour(mois);
  let retenu: { fichier: FichierParametres; definition: DefinitionParametre } | undefined;
  for (const fichier of FICHIERS_PARAMETRES) {
    const definition = fichier.valeurs[id];
    if (fichier.dateEffet <= date && definition !== undefined) retenu = { fichier, definition };
  }
  if (retenu === undefined) return undefined;
  const { fichier, definition } = retenu;
  return {
    id,
    valeur: definition.valeur,
    dateEffet: fichier.dateEffet,
    statut: definition.statut,
    sources: resousSources(id, definition.sources),
    ...(definition.note === undefined ? {} : { note: definition.note }),
  };
}

/** Une source du catalogue, par sa clé (pour les lignes qui ne dépendent d'aucun taux). */
export function sourceParCle(cle: string): Source {
  const [source] = resousSources(cle, [cle]);
  if (source === undefined) throw new Error(`Source inconnue « ${cle} »`);
  return source;
}

/** Liste de tous les identifiants de paramètres connus. */
export const IDS_PARAMETRES = Object.keys(f20250101.valeurs) as IdParametre[];
