/**
 * La question inverse : pour un budget mensuel, quel salaire horaire net est possible ?
 * Recherche dichotomique du plus grand salaire horaire net (au centime) dont le coût
 * (coût employeur, ou reste à charge après avance immédiate) tient dans le budget.
 */
import { calculeBulletin, type Bulletin } from '../cotisations/calcule-bulletin.js';
import type { DeclarationCalculable } from '../cotisations/declaration.js';
import type { EntreeSimulation } from '../entree/entree-simulation.js';
import { lisEntreeSimulation } from '../entree/lis-entree.js';
import { lisEuros } from '../entree/nombres.js';
import { anomalie, type Anomalie } from '../erreurs/catalogue.js';
import { centimes, enEuros } from '../monnaie/centimes.js';
import { echec, succes, type Resultat } from '../resultat.js';
import { simulationEnJson, type SimulationJson } from './json.js';

export type BudgetPorteSur = 'cout-employeur' | 'reste-a-charge';

export interface EntreeBudget extends Omit<EntreeSimulation, 'salaireHoraireNet' | 'salaireHoraireBrut'> {
  readonly budgetMensuel?: unknown;
  readonly budgetPorteSur?: unknown;
}

export interface BudgetJson {
  salaireHoraireNet: number;
  simulation: SimulationJson;
}

/** Salaire horaire net maximal cherché (100 €/h) : au-delà, hors du périmètre (PSS). */
const PLAFOND_RECHERCHE_CENTIMES = 10_000;

type Evaluation = { etat: 'sous-le-smic' } | { etat: 'possible'; bulletin: Bulletin } | { etat: 'trop-cher' } | { etat: 'erreur'; erreurs: readonly Anomalie[] };

function evalue(d: DeclarationCalculable, netHoraire: number, budget: number, porteSur: BudgetPorteSur): Evaluation {
  const r = calculeBulletin({ ...d, salaireHoraire: { nature: 'net', montant: centimes(netHoraire) } }, { details: false });
  if (!r.ok) {
    if (r.erreurs.some((e) => e.code === 'SALAIRE_INFERIEUR_SMIC')) return { etat: 'sous-le-smic' };
    if (r.erreurs.some((e) => e.code === 'SALAIRE_HORS_PERIMETRE')) return { etat: 'trop-cher' };
    return { etat: 'erreur', erreurs: r.erreurs };
  }
  const cout = porteSur === 'cout-employeur' ? r.valeur.coutEmployeur : r.valeur.resteACharge;
  return cout <= budget ? { etat: 'possible', bulletin: r.valeur } : { etat: 'trop-cher' };
}

export function salaireHorairePourBudget(e: EntreeBudget): Resultat<BudgetJson, Anomalie> {
  const erreurs: Anomalie[] = [];
  const budget = lisEuros(e.budgetMensuel, 1_000_000);
  if (budget === undefined || budget === 0) erreurs.push(anomalie('MONTANT_INVALIDE', 'Le budget mensuel est un montant positif en euros, au plus deux décimales.', 'budgetMensuel'));
  const porteSur = e.budgetPorteSur ?? 'cout-employeur';
  if (porteSur !== 'cout-employeur' && porteSur !== 'reste-a-charge') {
    erreurs.push(anomalie('REQUETE_INVALIDE', 'budgetPorteSur vaut « cout-employeur » ou « reste-a-charge ».', 'budgetPorteSur'));
  }
  // Un salaire provisoire d'un centime permet de lire le reste de la saisie avec le même lecteur.
  const lu = lisEntreeSimulation({ ...e, salaireHoraireNet: 0.01 });
  if (!lu.ok) erreurs.push(...lu.erreurs);
  if (!lu.ok || erreurs.length > 0 || budget === undefined) return echec(erreurs);
  const cible = porteSur as BudgetPorteSur;
  let bas = 1;
  let haut = PLAFOND_RECHERCHE_CENTIMES;
  let meilleur: { net: number; bulletin: Bulletin } | undefined;
  while (bas <= haut) {
    const milieu = Math.floor((bas + haut) / 2);
    const ev = evalue(lu.valeur, milieu, budget, cible);
    if (ev.etat === 'erreur') return echec(ev.erreurs);
    if (ev.etat === 'trop-cher') haut = milieu - 1;
    else {
      if (ev.etat === 'possible') meilleur = { net: milieu, bulletin: ev.bulletin };
      bas = milieu + 1;
    }
  }
  if (meilleur === undefined) {
    return echec([anomalie('BUDGET_INSUFFISANT', `Un budget de ${enEuros(budget).toFixed(2).replace('.', ',')} € ne permet pas de payer au moins le SMIC pour cette durée.`, 'budgetMensuel')]);
  }
  const detaille = calculeBulletin({ ...lu.valeur, salaireHoraire: { nature: 'net', montant: centimes(meilleur.net) } }, { details: true });
  if (!detaille.ok) return detaille;
  return succes({ salaireHoraireNet: enEuros(meilleur.net), simulation: simulationEnJson(lu.valeur.periode, detaille.valeur) });
}
