/**
 * Calcul des lignes de cotisations à partir du brut : chaque ligne = arrondi(assiette × taux).
 * Référentiel § 11, étapes 5 et 6.
 */
import { appliqueTaux, arrondiDivision, UN_MILLION, type Centimes, type TauxMillioniemes } from '../monnaie/centimes.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';
import type { IdParametre } from '../parametres/registre.js';
import type { ParametreUtilise } from '../parametres/types.js';
import { LIGNES_PATRONALES, LIGNES_SALARIALES, type Assiette, type DefinitionLigne } from './definitions-lignes.js';

/** Une ligne avec tout ce qui ne dépend que du mois : taux, trace des paramètres, source. */
export interface LigneCompilee {
  readonly definition: DefinitionLigne;
  readonly taux: TauxMillioniemes;
  /** Indice de l'assiette (voir `valeurAssiette`) : évite un accès par clé texte sur le chemin chaud. */
  readonly indiceAssiette: number;
  readonly parametres: readonly ParametreUtilise[];
  readonly reference: { readonly texte: string; readonly url: string };
}

const INDICES_ASSIETTE: Readonly<Record<Assiette, number>> = { brut: 0, plafonnee: 1, chomage: 2, csg: 3 };

/** Paramètres dont dépend une ligne : son taux, et le plafond ou l'abattement de son assiette. */
function idsDeLigne(d: DefinitionLigne): IdParametre[] {
  if (d.assiette === 'plafonnee') return [d.taux, 'pss.mensuel'];
  if (d.assiette === 'csg') return [d.taux, 'csg.assiette'];
  return [d.taux];
}

function compileLigne(d: DefinitionLigne, p: ParametresMois): LigneCompilee {
  const parametres = Object.freeze(idsDeLigne(d).map((id) => p.trace[id]));
  const source = parametres[0]?.sources[0];
  if (source === undefined) throw new Error(`Ligne ${d.code} sans source`);
  return {
    definition: d,
    taux: p.nombre[d.taux] as TauxMillioniemes,
    indiceAssiette: INDICES_ASSIETTE[d.assiette],
    parametres,
    reference: Object.freeze({ texte: source.titre, url: source.url }),
  };
}

export interface BaremeLignes {
  readonly salariales: readonly LigneCompilee[];
  readonly salarialesAlsaceMoselle: readonly LigneCompilee[];
  readonly patronales: readonly LigneCompilee[];
  /** CSG non déductible et CRDS, à ajouter au net pour le net imposable. */
  readonly nonDeductibles: readonly LigneCompilee[];
  /** Taux salarial global (millionièmes, non entier) pour passer du net au brut. */
  readonly tauxSalarialGlobal: number;
  readonly tauxSalarialGlobalAlsaceMoselle: number;
}

const cache = new WeakMap<ParametresMois, BaremeLignes>();

/** Les lignes du mois avec leurs taux, compilées une fois par mois. */
export function baremeLignes(p: ParametresMois): BaremeLignes {
  const enCache = cache.get(p);
  if (enCache !== undefined) return enCache;
  const compile = (d: DefinitionLigne): LigneCompilee => compileLigne(d, p);
  const salarialesAlsaceMoselle = LIGNES_SALARIALES.map(compile);
  const salariales = salarialesAlsaceMoselle.filter((l) => l.definition.alsaceMoselle !== true);
  const tauxGlobal = (lignes: readonly LigneCompilee[]): number =>
    lignes.reduce((somme, l) => somme + (l.definition.assiette === 'csg' ? (l.taux * p.nombre['csg.assiette']) / UN_MILLION : l.taux), 0);
  const bareme: BaremeLignes = {
    salariales,
    salarialesAlsaceMoselle,
    patronales: LIGNES_PATRONALES.map(compile),
    nonDeductibles: salariales.filter((l) => l.definition.nonDeductible === true),
    tauxSalarialGlobal: tauxGlobal(salariales),
    tauxSalarialGlobalAlsaceMoselle: tauxGlobal(salarialesAlsaceMoselle),
  };
  cache.set(p, bareme);
  return bareme;
}

/** Les quatre assiettes possibles d'un brut donné. */
export interface Assiettes {
  readonly brut: Centimes;
  readonly plafonnee: Centimes;
  readonly chomage: Centimes;
  readonly csg: Centimes;
}

/**
 * Assiette CSG/CRDS = 98,25 % du brut, arrondie au centime avant application des taux
 * (décision R3, ADR arrondis : l'assiette est un montant affiché sur le bulletin).
 */
export function assiettes(brut: Centimes, p: ParametresMois): Assiettes {
  const pss = p.nombre['pss.mensuel'];
  return {
    brut,
    plafonnee: Math.min(brut, pss) as Centimes,
    chomage: Math.min(brut, pss * p.nombre['chomage.plafond-en-pss']) as Centimes,
    csg: arrondiDivision(brut * p.nombre['csg.assiette'], UN_MILLION) as Centimes,
  };
}

/** Assiette d'une ligne compilée, par son indice. */
export function valeurAssiette(a: Assiettes, indice: number): Centimes {
  if (indice === 0) return a.brut;
  if (indice === 1) return a.plafonnee;
  return indice === 2 ? a.chomage : a.csg;
}

/** Somme des lignes arrondies une à une, sans rien allouer (chemin rapide). */
export function totalLignes(lignes: readonly LigneCompilee[], a: Assiettes): Centimes {
  let total = 0;
  for (const l of lignes) total += appliqueTaux(valeurAssiette(a, l.indiceAssiette), l.taux);
  return total as Centimes;
}
