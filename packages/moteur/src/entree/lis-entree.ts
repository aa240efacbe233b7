/**
 * Lit une saisie de simulation ou de déclaration et la transforme en déclaration calculable,
 * en relevant toutes les erreurs d'un coup (pas seulement la première), chacune sur son champ.
 */
import type { DeclarationCalculable, Exoneration, ModeCongesPayes, SituationCreditImpot } from '../cotisations/declaration.js';
import { anomalie, type Anomalie, type CodeErreur } from '../erreurs/catalogue.js';
import { centimes, taux, type Centimes } from '../monnaie/centimes.js';
import { estMoisCouvert } from '../parametres/registre.js';
import { lisMois, type Mois } from '../periode/mois.js';
import { echec, succes, type Resultat } from '../resultat.js';
import { BORNES_SAISIE, type EntreeSimulation } from './entree-simulation.js';
import { lisEntier, lisEuros, lisHeures, lisMinutes, lisTaux } from './nombres.js';

type Erreurs = Anomalie[];

/** Une valeur saisie, telle qu'on la cite dans un message. */
function cite(v: unknown): string {
  if (typeof v === 'string') return v;
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

const ajoute = (erreurs: Erreurs, code: CodeErreur, message: string, champ: string): undefined => {
  erreurs.push(anomalie(code, message, champ));
  return undefined;
};

function lisPeriode(v: unknown, champ: string, erreurs: Erreurs): Mois | undefined {
  const mois = typeof v === 'string' ? lisMois(v) : undefined;
  if (mois === undefined) return ajoute(erreurs, 'PERIODE_INVALIDE', `« ${cite(v)} » n'est pas un mois au format AAAA-MM.`, champ);
  if (!estMoisCouvert(mois)) return ajoute(erreurs, 'PERIODE_NON_COUVERTE', `Le mois ${cite(v)} n'est pas couvert : le calcul est possible de janvier 2025 à décembre 2026.`, champ);
  return mois;
}

/** Durée : `heures` (décimales) ou `minutes` (entières), exactement l'un des deux. */
function lisDuree(heures: unknown, minutes: unknown, noms: [string, string], erreurs: Erreurs, requise: boolean): number | undefined {
  const [champH, champM] = noms;
  if (heures !== undefined && minutes !== undefined) {
    return ajoute(erreurs, 'DUREE_AMBIGUE', `Donnez soit « ${champH} », soit « ${champM} », pas les deux.`, champH);
  }
  if (heures === undefined && minutes === undefined) {
    return requise ? ajoute(erreurs, 'DUREE_MANQUANTE', 'Indiquez la durée travaillée dans le mois.', champH) : 0;
  }
  const lu = heures !== undefined ? lisHeures(heures, BORNES_SAISIE.heuresParMois) : lisMinutes(minutes, BORNES_SAISIE.heuresParMois);
  if (lu === undefined) {
    const champ = heures !== undefined ? champH : champM;
    return ajoute(erreurs, 'DUREE_INVALIDE', `La durée « ${cite(heures ?? minutes)} » est invalide : ${heures !== undefined ? 'heures positives formant un nombre entier de minutes (7,5 h = 450 min ; sinon, donnez des minutes)' : 'minutes entières positives'}, ${BORNES_SAISIE.heuresParMois} heures au plus.`, champ);
  }
  return lu;
}

function lisSalaire(e: EntreeSimulation, erreurs: Erreurs): DeclarationCalculable['salaireHoraire'] | undefined {
  if (e.salaireHoraireNet !== undefined && e.salaireHoraireBrut !== undefined) {
    return ajoute(erreurs, 'SALAIRE_AMBIGU', 'Donnez soit le salaire horaire net, soit le brut, pas les deux.', 'salaireHoraireNet');
  }
  if (e.salaireHoraireNet === undefined && e.salaireHoraireBrut === undefined) {
    return ajoute(erreurs, 'SALAIRE_MANQUANT', 'Indiquez le salaire horaire net ou brut.', 'salaireHoraireNet');
  }
  const nature = e.salaireHoraireNet !== undefined ? 'net' : 'brut';
  const champ = nature === 'net' ? 'salaireHoraireNet' : 'salaireHoraireBrut';
  const valeur = nature === 'net' ? e.salaireHoraireNet : e.salaireHoraireBrut;
  const montant = lisEuros(valeur, BORNES_SAISIE.salaireHoraireEuros);
  if (montant === undefined || montant === 0) {
    return ajoute(erreurs, 'SALAIRE_INVALIDE', `Le salaire horaire « ${cite(valeur)} » est invalide : un montant positif en euros, au plus deux décimales.`, champ);
  }
  return { nature, montant: centimes(montant) };
}

function lisChoix<T extends string>(v: unknown, valeurs: readonly T[], defaut: T, champ: string, erreurs: Erreurs): T {
  if (v === undefined) return defaut;
  if (typeof v === 'string' && (valeurs as readonly string[]).includes(v)) return v as T;
  erreurs.push(anomalie('REQUETE_INVALIDE', `« ${cite(v)} » n'est pas une valeur permise pour ${champ} : ${valeurs.join(', ')}.`, champ));
  return defaut;
}

function lisMontant(v: unknown, champ: string, erreurs: Erreurs): Centimes {
  if (v === undefined) return centimes(0);
  const lu = lisEuros(v, BORNES_SAISIE.montantEuros);
  if (lu !== undefined) return centimes(lu);
  erreurs.push(anomalie('MONTANT_INVALIDE', `Le montant « ${cite(v)} » est invalide : positif, en euros, au plus deux décimales.`, champ));
  return centimes(0);
}

const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-8])$/;
/** Départements et collectivités d'outre-mer (971 à 978) : taux propres, non calculés. */
const OUTRE_MER = /^97[1-8]$/;
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

/** Alsace-Moselle : explicite, ou déduit du département (57, 67, 68) ; les DOM sont refusés. */
function lisTerritoire(e: EntreeSimulation, erreurs: Erreurs): boolean {
  const dep = e.departement;
  if (dep !== undefined && (typeof dep !== 'string' || !DEPARTEMENT.test(dep))) {
    erreurs.push(anomalie('DEPARTEMENT_INVALIDE', `« ${cite(dep)} » n'est pas un code de département.`, 'departement'));
  } else if (typeof dep === 'string' && OUTRE_MER.test(dep)) {
    erreurs.push(anomalie('TERRITOIRE_NON_PRIS_EN_CHARGE', "L'outre-mer (971 à 978) a ses propres taux et n'est pas encore calculé.", 'departement'));
  }
  if (e.alsaceMoselle === undefined) return typeof dep === 'string' && ALSACE_MOSELLE.has(dep);
  if (typeof e.alsaceMoselle === 'boolean') return e.alsaceMoselle;
  erreurs.push(anomalie('REQUETE_INVALIDE', 'alsaceMoselle est un booléen (true ou false).', 'alsaceMoselle'));
  return false;
}

function lisTauxPAS(v: unknown, erreurs: Erreurs): number | null {
  if (v === undefined) return null;
  const lu = lisTaux(v);
  if (lu === undefined) {
    erreurs.push(anomalie('TAUX_PAS_INVALIDE', `Le taux « ${cite(v)} » est invalide : une fraction entre 0 et 1 (0,055 pour 5,5 %), quatre décimales au plus.`, 'tauxPAS'));
    return null;
  }
  return lu;
}

function lisBooleen(v: unknown, defaut: boolean, champ: string, erreurs: Erreurs): boolean {
  if (v === undefined) return defaut;
  if (typeof v === 'boolean') return v;
  erreurs.push(anomalie('REQUETE_INVALIDE', `${champ} est un booléen (true ou false).`, champ));
  return defaut;
}

/** Congés payés : mode, et heures déclarées à part (seulement en mode « a-part »). */
function lisConges(e: EntreeSimulation, erreurs: Erreurs): { mode: ModeCongesPayes; minutes: number } {
  const mode = lisChoix<ModeCongesPayes>(e.congesPayes, ['inclus', 'a-part'], 'inclus', 'congesPayes', erreurs);
  const declarees = e.heuresCongesPayes !== undefined || e.minutesCongesPayes !== undefined;
  if (mode === 'inclus' && declarees) {
    erreurs.push(anomalie('CONGES_PAYES_INVALIDES', 'Les heures de congés payés se déclarent à part seulement avec congesPayes « a-part » ; en mode « inclus », les 10 % sont dans le salaire horaire.', 'heuresCongesPayes'));
    return { mode, minutes: 0 };
  }
  const avant = erreurs.length;
  const minutes = lisDuree(e.heuresCongesPayes, e.minutesCongesPayes, ['heuresCongesPayes', 'minutesCongesPayes'], erreurs, false) ?? 0;
  for (let i = avant; i < erreurs.length; i++) {
    const err = erreurs[i];
    if (err !== undefined) erreurs[i] = { ...err, code: 'CONGES_PAYES_INVALIDES' };
  }
  return { mode, minutes };
}

/** Lit la saisie ; toutes les erreurs trouvées sont rendues ensemble. */
export function lisEntreeSimulation(e: EntreeSimulation): Resultat<DeclarationCalculable, Anomalie> {
  const erreurs: Erreurs = [];
  const periode = lisPeriode(e.periode, 'periode', erreurs);
  const moisPaiement = e.moisPaiement === undefined ? periode : lisPeriode(e.moisPaiement, 'moisPaiement', erreurs);
  const minutesTravaillees = lisDuree(e.heures, e.minutes, ['heures', 'minutes'], erreurs, true);
  const salaireHoraire = lisSalaire(e, erreurs);
  const conges = lisConges(e, erreurs);
  const alsaceMoselle = lisTerritoire(e, erreurs);
  const exoneration = lisChoix<Exoneration>(e.exoneration, ['aucune', '70-ans', 'invalidite'], 'aucune', 'exoneration', erreurs);
  const tauxPAS = lisTauxPAS(e.tauxPAS, erreurs);
  const situation = lisChoix<SituationCreditImpot>(e.situationCreditImpot, ['general', 'premiere-annee', 'invalidite'], 'general', 'situationCreditImpot', erreurs);
  const majorations = lisEntier(e.majorationsCreditImpot ?? 0, BORNES_SAISIE.majorations);
  if (majorations === undefined) erreurs.push(anomalie('REQUETE_INVALIDE', `majorationsCreditImpot est un entier entre 0 et ${BORNES_SAISIE.majorations}.`, 'majorationsCreditImpot'));
  const creditImpot = {
    situation,
    majorations: majorations ?? 0,
    cumulDepensesAnnee: lisMontant(e.cumulDepensesAnnee, 'cumulDepensesAnnee', erreurs),
    cumulAvanceImmediateAnnee: lisMontant(e.cumulAvanceImmediateAnnee, 'cumulAvanceImmediateAnnee', erreurs),
    aidesRecues: lisMontant(e.aidesRecues, 'aidesRecues', erreurs),
    avanceImmediate: lisBooleen(e.avanceImmediate, true, 'avanceImmediate', erreurs),
  };
  const cstDejaFactureeMois = lisMontant(e.cstDejaFactureeMois, 'cstDejaFactureeMois', erreurs);
  if (erreurs.length > 0 || periode === undefined || moisPaiement === undefined || minutesTravaillees === undefined || salaireHoraire === undefined) {
    return echec(erreurs);
  }
  return succes({
    periode, moisPaiement, saisieDuree: e.heures !== undefined ? 'heures' : 'minutes', minutesTravaillees,
    minutesCongesPayes: conges.minutes, salaireHoraire, congesPayes: conges.mode, alsaceMoselle, exoneration,
    tauxPAS: tauxPAS === null ? null : taux(tauxPAS), cstDejaFactureeMois, creditImpot,
  });
}
