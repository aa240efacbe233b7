/**
 * `cesu simuler` : lit les options, appelle le même moteur que l'API (même objet d'entrée,
 * donc mêmes résultats au centime), affiche un tableau lisible ou le JSON de l'API.
 */
import { parseArgs } from 'node:util';
import { simule, type EntreeSimulation } from '@cesu/moteur';
import { afficheBulletin } from './tableau.js';

export const AIDE_SIMULER = `Usage : cesu simuler --periode AAAA-MM (--heures H | --minutes M)
                     (--salaire-horaire-net N | --salaire-horaire-brut B)
                     [--conges-payes inclus|a-part] [--heures-conges-payes H]
                     [--alsace-moselle] [--departement 75] [--exoneration aucune|70-ans|invalidite]
                     [--taux-pas 0.05] [--mois-paiement AAAA-MM] [--json]

Exemple : cesu simuler --periode 2026-01 --heures 10 --salaire-horaire-net 10.51`;

const OPTIONS = {
  periode: { type: 'string' },
  heures: { type: 'string' },
  minutes: { type: 'string' },
  'salaire-horaire-net': { type: 'string' },
  'salaire-horaire-brut': { type: 'string' },
  'conges-payes': { type: 'string' },
  'heures-conges-payes': { type: 'string' },
  'alsace-moselle': { type: 'boolean' },
  departement: { type: 'string' },
  exoneration: { type: 'string' },
  'taux-pas': { type: 'string' },
  'mois-paiement': { type: 'string' },
  json: { type: 'boolean' },
  aide: { type: 'boolean', short: 'h' },
} as const;

/** « 10,51 » ou « 10.51 » → 10.51 ; un texte illisible reste tel quel pour que le moteur le refuse. */
const nombre = (v: string | undefined): unknown => {
  if (v === undefined) return undefined;
  const n = Number(v.replace(',', '.'));
  return v.trim() !== '' && Number.isFinite(n) ? n : v;
};

export function entreeDepuisArguments(args: string[]): { entree: EntreeSimulation; json: boolean; aide: boolean } {
  const { values: v } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
  const entree: Record<string, unknown> = {
    periode: v.periode,
    heures: nombre(v.heures),
    minutes: nombre(v.minutes),
    salaireHoraireNet: nombre(v['salaire-horaire-net']),
    salaireHoraireBrut: nombre(v['salaire-horaire-brut']),
    congesPayes: v['conges-payes'],
    heuresCongesPayes: nombre(v['heures-conges-payes']),
    alsaceMoselle: v['alsace-moselle'],
    departement: v.departement,
    exoneration: v.exoneration,
    tauxPAS: nombre(v['taux-pas']),
    moisPaiement: v['mois-paiement'],
  };
  const definies = Object.fromEntries(Object.entries(entree).filter(([, valeur]) => valeur !== undefined));
  return { entree: definies, json: v.json === true, aide: v.aide === true };
}

/** Exécute la commande ; rend le code de sortie (0 : succès, 1 : saisie refusée, 2 : usage). */
export function simuler(args: string[], ecris: (texte: string) => void, ecrisErreur: (texte: string) => void): number {
  let lu: ReturnType<typeof entreeDepuisArguments>;
  try {
    lu = entreeDepuisArguments(args);
  } catch (e) {
    ecrisErreur(`Option invalide : ${(e as Error).message}\n\n${AIDE_SIMULER}`);
    return 2;
  }
  if (lu.aide) {
    ecris(AIDE_SIMULER);
    return 0;
  }
  const resultat = simule(lu.entree);
  if (lu.json) {
    ecris(JSON.stringify(resultat.ok ? resultat.valeur : { erreurs: resultat.erreurs }, null, 2));
    return resultat.ok ? 0 : 1;
  }
  if (!resultat.ok) {
    ecrisErreur(['La simulation est refusée :', ...resultat.erreurs.map((e) => `  • ${e.message} [${e.code}${e.champ === undefined ? '' : `, ${e.champ}`}]`)].join('\n'));
    return 1;
  }
  ecris(afficheBulletin(resultat.valeur));
  return 0;
}
