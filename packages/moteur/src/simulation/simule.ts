/**
 * Simulation de bout en bout : saisie (noms de l'API) → déclaration → bulletin → JSON.
 * Le point d'entrée commun de l'API, de la CLI et de la page web (via l'API).
 */
import { calculeBulletin } from '../cotisations/calcule-bulletin.js';
import type { EntreeSimulation } from '../entree/entree-simulation.js';
import { lisEntreeSimulation } from '../entree/lis-entree.js';
import type { Anomalie } from '../erreurs/catalogue.js';
import { succes, type Resultat } from '../resultat.js';
import { simulationEnJson, type SimulationJson } from './json.js';

export function simule(entree: EntreeSimulation): Resultat<SimulationJson, Anomalie> {
  const declaration = lisEntreeSimulation(entree);
  if (!declaration.ok) return declaration;
  const bulletin = calculeBulletin(declaration.valeur, { details: true });
  if (!bulletin.ok) return bulletin;
  return succes(simulationEnJson(declaration.valeur.periode, bulletin.valeur));
}
