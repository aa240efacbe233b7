/**
 * Paramètres d'un mois, lus une fois dans le registre puis gardés en cache : le calcul
 * d'un bulletin ne fait ensuite que des opérations entières sur des champs déjà typés.
 */
import { anomalie, type Anomalie } from '../erreurs/catalogue.js';
import { formateMois, rangMois, type Mois } from '../periode/mois.js';
import { echec, succes, type Resultat } from '../resultat.js';
import { IDS_PARAMETRES, valeurEnVigueur, type IdParametre } from './registre.js';
import type { ParametreUtilise, Tranche, ValeurEnVigueur } from './types.js';

export interface ParametresMois {
  readonly mois: Mois;
  /** Valeur numérique d'un paramètre (centimes, millionièmes, heures ou nombre selon son unité). */
  readonly nombre: Readonly<Record<IdParametre, number>>;
  readonly grilleTauxNeutre: readonly Tranche[];
  /** D'où vient chaque valeur : date d'effet, statut, sources. */
  readonly trace: Readonly<Record<IdParametre, ParametreUtilise>>;
}

const cache = new Map<number, Resultat<ParametresMois, Anomalie>>();

/**
 * Paramètres en vigueur le 1er du mois. Erreur PARAMETRE_MANQUANT (avec la liste) si un
 * paramètre n'a pas de valeur à cette date.
 */
export function parametresDuMois(mois: Mois): Resultat<ParametresMois, Anomalie> {
  const cle = rangMois(mois);
  const enCache = cache.get(cle);
  if (enCache !== undefined) return enCache;
  const resultat = compileParametres(mois);
  cache.set(cle, resultat);
  return resultat;
}

function compileParametres(mois: Mois): Resultat<ParametresMois, Anomalie> {
  const nombre = {} as Record<IdParametre, number>;
  const trace = {} as Record<IdParametre, ParametreUtilise>;
  const manquants: string[] = [];
  let grilleTauxNeutre: readonly Tranche[] = [];
  for (const id of IDS_PARAMETRES) {
    const enVigueur = valeurEnVigueur(id, mois);
    if (enVigueur === undefined) {
      manquants.push(id);
      continue;
    }
    trace[id] = sansValeur(enVigueur);
    if (typeof enVigueur.valeur === 'number') nombre[id] = enVigueur.valeur;
    else grilleTauxNeutre = enVigueur.valeur;
  }
  if (manquants.length > 0) {
    return echec([
      anomalie('PARAMETRE_MANQUANT', `Paramètres absents pour ${formateMois(mois)} : ${manquants.join(', ')}.`, 'periode'),
    ]);
  }
  return succes({ mois, nombre, grilleTauxNeutre, trace });
}

function sansValeur(v: ValeurEnVigueur<unknown>): ParametreUtilise {
  const { valeur: _valeur, ...reste } = v;
  return reste;
}
