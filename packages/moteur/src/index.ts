/**
 * @cesu/moteur — moteur de calcul des cotisations CESU (particulier employeur, métropole).
 * Point d'entrée public unique : les autres paquets n'importent que ce fichier (ADR frontières).
 * Aucune entrée-sortie : ni horloge, ni journal, ni lecture de disque ou d'environnement.
 */
export { calculeBulletin, type Bulletin, type OptionsCalcul } from './cotisations/calcule-bulletin.js';
export type { DeclarationCalculable, Exoneration, ModeCongesPayes, SituationCreditImpot } from './cotisations/declaration.js';
export type { CategorieLigne, LigneBulletin } from './cotisations/lignes-bulletin.js';
export { formateDuree } from './cotisations/controles.js';
export { lisEntreeSimulation } from './entree/lis-entree.js';
export { BORNES_SAISIE, type EntreeSimulation } from './entree/entree-simulation.js';
export { CATALOGUE_ERREURS, type Anomalie, type CodeErreur, type EntreeCatalogue } from './erreurs/catalogue.js';
export { arrondiDivision, appliqueTaux, centimes, enEuros, formateEuros, taux, type Centimes, type TauxMillioniemes } from './monnaie/centimes.js';
export { FICHIERS_PARAMETRES, IDS_PARAMETRES, PREMIER_MOIS_COUVERT, DERNIER_MOIS_COUVERT, valeurEnVigueur, type IdParametre } from './parametres/registre.js';
export { parametresDuMois, type ParametresMois } from './parametres/parametres-mois.js';
export type { FichierParametres, ParametreUtilise, Source, StatutParametre, Tranche } from './parametres/types.js';
export { formateMois, lisMois, type Mois } from './periode/mois.js';
export { casImpossible, echec, succes, type Resultat } from './resultat.js';
export { salaireHorairePourBudget, type BudgetJson, type BudgetPorteSur, type EntreeBudget } from './simulation/budget.js';
export { simulationEnJson, type LigneJson, type SimulationJson } from './simulation/json.js';
export { simule } from './simulation/simule.js';
