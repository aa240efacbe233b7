/**
 * Les lignes détaillées du bulletin : chaque montant avec son assiette, son taux, son plafond,
 * une explication et la trace des paramètres utilisés (date d'effet, statut, sources).
 */
import { appliqueTaux, formateEuros, type Centimes, type TauxMillioniemes } from '../monnaie/centimes.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';
import { sourceParCle, type IdParametre } from '../parametres/registre.js';
import type { ParametreUtilise, Source } from '../parametres/types.js';
import type { Prelevement } from '../impot/prelevement-a-la-source.js';
import { valeurAssiette, type Assiettes, type LigneCompilee } from './calcul-lignes.js';
import type { DeclarationCalculable } from './declaration.js';
import type { Reduction } from './reductions.js';

export type CategorieLigne = 'salariale' | 'patronale' | 'reduction' | 'sante-travail' | 'impot';

export interface LigneBulletin {
  readonly code: string;
  readonly libelle: string;
  readonly categorie: CategorieLigne;
  /** Assiette en centimes ; `null` quand la ligne ne s'applique pas à un montant (déduction par heure). */
  readonly base: Centimes | null;
  readonly taux: TauxMillioniemes | null;
  /** Heures retenues, pour la déduction forfaitaire. */
  readonly heures?: number;
  readonly montant: Centimes;
  readonly plafond?: { readonly libelle: string; readonly montant: Centimes };
  readonly explication: string;
  /** La première source du paramètre principal : le lien affiché à côté de la ligne. */
  readonly reference: { readonly texte: string; readonly url: string };
  readonly parametres: readonly ParametreUtilise[];
}

const cacheTraces = new WeakMap<ParametresMois, Map<string, readonly ParametreUtilise[]>>();

/** Trace des paramètres d'une ligne, calculée une fois par mois (chemin chaud du bulletin détaillé). */
function traces(p: ParametresMois, ids: readonly IdParametre[]): readonly ParametreUtilise[] {
  let parMois = cacheTraces.get(p);
  if (parMois === undefined) {
    parMois = new Map();
    cacheTraces.set(p, parMois);
  }
  const cle = ids.join('|');
  let trouve = parMois.get(cle);
  if (trouve === undefined) {
    trouve = Object.freeze(ids.map((id) => p.trace[id]));
    parMois.set(cle, trouve);
  }
  return trouve;
}

const cacheExplication = new WeakMap<ParametresMois, string>();

/** Explication de la déduction (montant par heure du mois), formatée une fois par mois. */
function explicationDeduction(p: ParametresMois): string {
  let texte = cacheExplication.get(p);
  if (texte === undefined) {
    texte = `${formateEuros(p.nombre['deduction-forfaitaire.par-heure'])} par heure travaillée (hors congés payés), dans la limite des cotisations patronales maladie, vieillesse et allocations familiales.`;
    cacheExplication.set(p, texte);
  }
  return texte;
}

const referenceDeSource = (s: Source): LigneBulletin['reference'] => ({ texte: s.titre, url: s.url });

function reference(parametres: readonly ParametreUtilise[]): LigneBulletin['reference'] {
  const source = parametres[0]?.sources[0];
  if (source === undefined) throw new Error('Ligne de bulletin sans source');
  return referenceDeSource(source);
}

function plafondDe(l: LigneCompilee, a: Assiettes, p: ParametresMois): LigneBulletin['plafond'] | undefined {
  if (l.definition.assiette === 'plafonnee' && a.brut > a.plafonnee) {
    return { libelle: 'Plafond mensuel de la sécurité sociale', montant: p.nombre['pss.mensuel'] as Centimes };
  }
  return undefined;
}

function ligneCotisation(l: LigneCompilee, categorie: CategorieLigne, a: Assiettes, p: ParametresMois): LigneBulletin {
  const base = valeurAssiette(a, l.indiceAssiette);
  const montant = appliqueTaux(base, l.taux);
  const { code, libelle, explication } = l.definition;
  const plafond = plafondDe(l, a, p);
  if (plafond === undefined) {
    return { code, libelle, categorie, base, taux: l.taux, montant, explication, reference: l.reference, parametres: l.parametres };
  }
  return { code, libelle, categorie, base, taux: l.taux, montant, plafond, explication, reference: l.reference, parametres: l.parametres };
}

function ligneReduction(d: DeclarationCalculable, r: Reduction, p: ParametresMois): LigneBulletin | undefined {
  if (d.exoneration === 'aucune') {
    const parametres = traces(p, ['deduction-forfaitaire.par-heure']);
    return {
      code: 'deduction-forfaitaire', libelle: 'Déduction forfaitaire patronale', categorie: 'reduction',
      base: null, taux: null, heures: d.minutesTravaillees / 60, montant: r.deduction,
      plafond: { libelle: 'Cotisations maladie, vieillesse et allocations familiales', montant: r.lignesReductibles },
      explication: explicationDeduction(p),
      reference: reference(parametres), parametres,
    };
  }
  const septante = d.exoneration === '70-ans';
  const parametres = traces(p, septante ? ['exoneration.70-ans.heures-smic', 'smic.horaire'] : ['deduction-forfaitaire.par-heure']);
  return {
    code: septante ? 'exoneration.70-ans' : 'exoneration.invalidite',
    libelle: septante ? 'Exonération employeur de 70 ans ou plus' : 'Exonération (invalidité, APA, PCH)',
    categorie: 'reduction', base: r.assietteExoneration, taux: null, montant: r.exoneration,
    ...(septante ? { plafond: { libelle: '65 heures de SMIC par mois', montant: (p.nombre['exoneration.70-ans.heures-smic'] * p.nombre['smic.horaire']) as Centimes } } : {}),
    explication: septante
      ? 'Cotisations patronales maladie, vieillesse et allocations familiales exonérées sur la part du salaire jusqu’à 65 heures de SMIC par mois (CSS art. L241-10 I).'
      : 'Cotisations patronales maladie, vieillesse et allocations familiales exonérées en totalité (CSS art. L241-10 I).',
    reference: reference(parametres), parametres,
  };
}

export interface ElementsLignes {
  readonly salariales: readonly LigneCompilee[];
  readonly patronales: readonly LigneCompilee[];
  readonly assiettes: Assiettes;
  readonly reduction: Reduction;
  readonly cst: Centimes;
  readonly netImposable: Centimes;
  readonly prelevement: Prelevement;
}

/** Toutes les lignes, dans l'ordre du bulletin. */
export function construisLignes(d: DeclarationCalculable, e: ElementsLignes, p: ParametresMois, pPaiement: ParametresMois): LigneBulletin[] {
  const lignes = e.salariales.map((l) => ligneCotisation(l, 'salariale', e.assiettes, p));
  for (const l of e.patronales) lignes.push(ligneCotisation(l, 'patronale', e.assiettes, p));
  const reduction = ligneReduction(d, e.reduction, p);
  if (reduction !== undefined) lignes.push(reduction);
  const cst = traces(p, ['taux.sante-travail.employeur', 'sante-travail.plafond-mensuel']);
  lignes.push({
    code: 'sante-travail.employeur', libelle: 'Contribution santé au travail', categorie: 'sante-travail',
    base: e.assiettes.brut, taux: p.nombre['taux.sante-travail.employeur'] as TauxMillioniemes, montant: e.cst,
    plafond: { libelle: '5 € par mois et par salarié', montant: p.nombre['sante-travail.plafond-mensuel'] as Centimes },
    explication: 'Finance le service de prévention et de santé au travail des salariés du particulier employeur.',
    reference: reference(cst), parametres: cst,
  });
  const pas = e.prelevement.origine === 'neutre' ? traces(pPaiement, ['pas.grille-taux-neutre']) : [];
  lignes.push({
    code: 'prelevement-a-la-source', libelle: 'Impôt sur le revenu prélevé à la source', categorie: 'impot',
    base: e.netImposable, taux: e.prelevement.taux, montant: e.prelevement.montant,
    explication: e.prelevement.origine === 'neutre'
      ? 'Taux non personnalisé (grille du taux neutre) appliqué au net imposable du mois.'
      : 'Taux personnalisé transmis par l’administration fiscale, appliqué au net imposable.',
    reference: pas.length > 0 ? reference(pas) : referenceDeSource(sourceParCle('CGI-204A')),
    parametres: pas,
  });
  return lignes;
}
