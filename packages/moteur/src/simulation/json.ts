/**
 * Forme JSON d'une simulation, partagée par l'API et la CLI (`--json`) : montants en euros
 * (nombres, deux décimales au plus), taux en pourcentage (6.9 pour 6,90 %).
 */
import type { Bulletin } from '../cotisations/calcule-bulletin.js';
import type { LigneBulletin } from '../cotisations/lignes-bulletin.js';
import type { Anomalie } from '../erreurs/catalogue.js';
import type { StatutParametre } from '../parametres/types.js';
import { enEuros } from '../monnaie/centimes.js';
import { formateMois, type Mois } from '../periode/mois.js';

export interface LigneJson {
  code: string;
  libelle: string;
  categorie: LigneBulletin['categorie'];
  base: number | null;
  taux: number | null;
  heures?: number;
  montant: number;
  plafond?: { libelle: string; montant: number };
  explication: string;
  reference: { texte: string; url: string };
  parametres: { id: string; dateEffet: string; statut: StatutParametre; sources: { titre: string; url: string }[] }[];
}

export interface SimulationJson {
  periode: string;
  salaireBrut: number;
  salaireNet: number;
  netImposable: number;
  prelevementALaSource: number;
  tauxPAS: number;
  origineTauxPAS: 'personnalise' | 'neutre';
  netPaye: number;
  cotisationsSalariales: number;
  cotisationsPatronales: number;
  deductionForfaitaire: number;
  exonerationPatronale: number;
  contributionSanteTravail: number;
  cotisationsPatronalesDues: number;
  coutEmployeur: number;
  creditImpot: number;
  avanceImmediate: number;
  resteACharge: number;
  lignes: LigneJson[];
  avertissements: { code: string; message: string; champ?: string }[];
  /** Identifiants des paramètres utilisés dont la source reste à confirmer. */
  parametresAVerifier: string[];
}

/** Taux en millionièmes → pourcentage (69 000 → 6,9). */
const enPourcentage = (t: number): number => t / 10_000;

export function ligneEnJson(l: LigneBulletin): LigneJson {
  return {
    code: l.code,
    libelle: l.libelle,
    categorie: l.categorie,
    base: l.base === null ? null : enEuros(l.base),
    taux: l.taux === null ? null : enPourcentage(l.taux),
    ...(l.heures === undefined ? {} : { heures: Math.round(l.heures * 100) / 100 }),
    montant: enEuros(l.montant),
    ...(l.plafond === undefined ? {} : { plafond: { libelle: l.plafond.libelle, montant: enEuros(l.plafond.montant) } }),
    explication: l.explication,
    reference: l.reference,
    parametres: l.parametres.map((p) => ({
      id: p.id,
      dateEffet: p.dateEffet,
      statut: p.statut,
      sources: p.sources.map((s) => ({ titre: s.titre, url: s.url })),
    })),
  };
}

export const anomalieEnJson = (a: Anomalie): SimulationJson['avertissements'][number] =>
  a.champ === undefined ? { code: a.code, message: a.message } : { code: a.code, message: a.message, champ: a.champ };

export function simulationEnJson(periode: Mois, b: Bulletin): SimulationJson {
  const aVerifier = new Set<string>();
  for (const l of b.lignes) for (const p of l.parametres) if (p.statut === 'a-verifier') aVerifier.add(p.id);
  return {
    periode: formateMois(periode),
    salaireBrut: enEuros(b.salaireBrut),
    salaireNet: enEuros(b.salaireNet),
    netImposable: enEuros(b.netImposable),
    prelevementALaSource: enEuros(b.prelevement.montant),
    tauxPAS: enPourcentage(b.prelevement.taux),
    origineTauxPAS: b.prelevement.origine,
    netPaye: enEuros(b.netPaye),
    cotisationsSalariales: enEuros(b.cotisationsSalariales),
    cotisationsPatronales: enEuros(b.cotisationsPatronales),
    deductionForfaitaire: enEuros(b.deductionForfaitaire),
    exonerationPatronale: enEuros(b.exonerationPatronale),
    contributionSanteTravail: enEuros(b.contributionSanteTravail),
    cotisationsPatronalesDues: enEuros(b.cotisationsPatronalesDues),
    coutEmployeur: enEuros(b.coutEmployeur),
    creditImpot: enEuros(b.creditImpot.credit),
    avanceImmediate: enEuros(b.creditImpot.avanceImmediate),
    resteACharge: enEuros(b.resteACharge),
    lignes: b.lignes.map(ligneEnJson),
    avertissements: b.avertissements.map(anomalieEnJson),
    parametresAVerifier: [...aVerifier].sort(),
  };
}
