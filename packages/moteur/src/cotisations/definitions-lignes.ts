/**
 * Les lignes du bulletin CESU (métropole), dans l'ordre d'affichage : ce que chaque
 * cotisation finance, sur quelle assiette, avec quel paramètre de taux.
 * Les taux eux-mêmes sont des données datées (parametres/donnees) ; ici, seulement la structure.
 *
 * @see docs/regles-de-calcul.md et le référentiel (shared/reference/regles-particulier-employeur.md), § 2
 */
import type { IdParametre } from '../parametres/registre.js';

/**
 * brut : tout le salaire brut ; plafonnee : brut limité au PSS mensuel ;
 * chomage : brut limité à 4 PSS ; csg : 98,25 % du brut (CSS art. L136-1-1).
 */
export type Assiette = 'brut' | 'plafonnee' | 'chomage' | 'csg';

export interface DefinitionLigne {
  readonly code: string;
  readonly libelle: string;
  readonly assiette: Assiette;
  readonly taux: IdParametre;
  readonly explication: string;
  /** Ligne réduite par la déduction forfaitaire ou l'exonération (CSS art. L241-10). */
  readonly reductible?: true;
  /** CSG non déductible et CRDS : restent dans le net imposable (référentiel § 8). */
  readonly nonDeductible?: true;
  /** Due seulement par les salariés du régime local d'Alsace-Moselle. */
  readonly alsaceMoselle?: true;
}

const ligne = (
  code: string,
  libelle: string,
  assiette: Assiette,
  taux: IdParametre,
  explication: string,
  options: { reductible?: true; alsaceMoselle?: true; nonDeductible?: true } = {},
): DefinitionLigne => ({ code, libelle, assiette, taux, explication, ...options });

export const LIGNES_SALARIALES: readonly DefinitionLigne[] = [
  ligne('vieillesse-plafonnee.salarie', 'Assurance vieillesse plafonnée', 'plafonnee', 'taux.vieillesse-plafonnee.salarie',
    'Retraite de base du salarié, sur le salaire dans la limite du plafond de la sécurité sociale.'),
  ligne('vieillesse-deplafonnee.salarie', 'Assurance vieillesse déplafonnée', 'brut', 'taux.vieillesse-deplafonnee.salarie',
    'Retraite de base du salarié, sur la totalité du salaire.'),
  ligne('retraite-complementaire-t1.salarie', 'Retraite complémentaire Ircem (Agirc-Arrco) T1', 'plafonnee',
    'taux.retraite-complementaire-t1.salarie', 'Retraite complémentaire du salarié, tranche 1.'),
  ligne('ceg-t1.salarie', "Contribution d'équilibre général T1", 'plafonnee', 'taux.ceg-t1.salarie',
    'Équilibre financier du régime de retraite complémentaire, tranche 1.'),
  ligne('prevoyance.salarie', 'Prévoyance Ircem, IDR, Fived, paritarisme', 'brut', 'taux.prevoyance.salarie',
    'Prévoyance (arrêt de travail, invalidité, décès) et indemnités de départ à la retraite.'),
  ligne('csg-deductible.salarie', 'CSG déductible', 'csg', 'taux.csg-deductible.salarie',
    "Contribution sociale généralisée, déductible du revenu imposable, sur 98,25 % du brut."),
  ligne('csg-non-deductible.salarie', 'CSG non déductible', 'csg', 'taux.csg-non-deductible.salarie',
    'Contribution sociale généralisée, non déductible : elle reste dans le net imposable.', { nonDeductible: true }),
  ligne('crds.salarie', 'CRDS', 'csg', 'taux.crds.salarie',
    'Contribution au remboursement de la dette sociale, non déductible, sur 98,25 % du brut.', { nonDeductible: true }),
  ligne('alsace-moselle.salarie', 'Maladie — régime local Alsace-Moselle', 'brut', 'taux.alsace-moselle.salarie',
    "Cotisation du régime local d'assurance maladie (Bas-Rhin, Haut-Rhin, Moselle).", { alsaceMoselle: true }),
];

export const LIGNES_PATRONALES: readonly DefinitionLigne[] = [
  ligne('maladie.employeur', 'Maladie, maternité, invalidité, décès', 'brut', 'taux.maladie.employeur',
    "Assurance maladie du salarié.", { reductible: true }),
  ligne('csa.employeur', 'Contribution solidarité autonomie', 'brut', 'taux.csa.employeur',
    'Financement de la perte d’autonomie des personnes âgées et handicapées.'),
  ligne('vieillesse-plafonnee.employeur', 'Assurance vieillesse plafonnée', 'plafonnee', 'taux.vieillesse-plafonnee.employeur',
    'Retraite de base, part employeur, dans la limite du plafond de la sécurité sociale.', { reductible: true }),
  ligne('vieillesse-deplafonnee.employeur', 'Assurance vieillesse déplafonnée', 'brut', 'taux.vieillesse-deplafonnee.employeur',
    'Retraite de base, part employeur, sur la totalité du salaire.', { reductible: true }),
  ligne('allocations-familiales.employeur', 'Allocations familiales', 'brut', 'taux.allocations-familiales.employeur',
    'Financement des prestations familiales.', { reductible: true }),
  ligne('accidents-travail.employeur', 'Accidents du travail et maladies professionnelles', 'brut',
    'taux.accidents-travail.employeur', 'Couverture des accidents du travail et des maladies professionnelles.'),
  ligne('fnal.employeur', "Fonds national d'aide au logement (FNAL)", 'plafonnee', 'taux.fnal.employeur',
    'Financement des aides au logement.'),
  ligne('retraite-complementaire-t1.employeur', 'Retraite complémentaire Ircem (Agirc-Arrco) T1', 'plafonnee',
    'taux.retraite-complementaire-t1.employeur', 'Retraite complémentaire, part employeur, tranche 1.'),
  ligne('ceg-t1.employeur', "Contribution d'équilibre général T1", 'plafonnee', 'taux.ceg-t1.employeur',
    'Équilibre financier du régime de retraite complémentaire, part employeur.'),
  ligne('prevoyance.employeur', 'Prévoyance Ircem, IDR, Fived, paritarisme', 'brut', 'taux.prevoyance.employeur',
    'Prévoyance, indemnités de départ à la retraite, formation et paritarisme de la branche.'),
  ligne('chomage.employeur', 'Assurance chômage', 'chomage', 'taux.chomage.employeur',
    'Assurance chômage du salarié, dans la limite de 4 plafonds de la sécurité sociale.'),
  ligne('formation-professionnelle.employeur', 'Formation professionnelle', 'brut',
    'taux.formation-professionnelle.employeur', 'Contribution à la formation professionnelle des salariés du particulier employeur.'),
  ligne('dialogue-social.employeur', 'Contribution au dialogue social', 'brut', 'taux.dialogue-social.employeur',
    'Financement des organisations syndicales et patronales.'),
];
