/**
 * Client de l'API de simulation (même origine, sous /api/v1).
 * Les types reprennent le contrat du serveur (apps/serveur).
 */

export type ModeCongesPayes = "inclus" | "a-part";
export type Exoneration = "aucune" | "70-ans" | "invalidite";

/** Options communes à la simulation et au calcul de budget. */
export interface OptionsSimulation {
  congesPayes?: ModeCongesPayes;
  heuresCongesPayes?: number;
  minutesCongesPayes?: number;
  alsaceMoselle?: boolean;
  exoneration?: Exoneration;
  /** Fraction : 0.055 pour 5,5 %. Absent = taux neutre. */
  tauxPAS?: number;
}

export interface RequeteSimulation extends OptionsSimulation {
  /** Mois au format AAAA-MM. */
  periode: string;
  heures?: number;
  minutes?: number;
  salaireHoraireNet?: number;
  salaireHoraireBrut?: number;
}

export type BudgetPorteSur = "cout-employeur" | "reste-a-charge";

export interface RequeteBudget extends OptionsSimulation {
  periode: string;
  heures?: number;
  minutes?: number;
  budgetMensuel: number;
  budgetPorteSur?: BudgetPorteSur;
}

export type CategorieLigne = "salariale" | "patronale" | "reduction" | "sante-travail" | "impot";

export interface ParametreLigne {
  id: string;
  dateEffet: string;
  statut: "confirme" | "a-verifier";
}

export interface LigneBulletin {
  code: string;
  libelle: string;
  categorie: CategorieLigne;
  base: number;
  /** En pourcentage : 6.9 signifie 6,9 %. */
  taux: number;
  montant: number;
  plafond?: { libelle: string; montant: number };
  explication: string;
  reference: { texte: string; url: string };
  parametres: ParametreLigne[];
}

export interface Avertissement {
  code: string;
  message: string;
  champ?: string;
}

export interface ResultatSimulation {
  periode: string;
  salaireBrut: number;
  salaireNet: number;
  netImposable: number;
  prelevementALaSource: number;
  tauxPAS: number;
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
  lignes: LigneBulletin[];
  avertissements: Avertissement[];
}

export interface ResultatBudget {
  salaireHoraireNet: number;
  simulation: ResultatSimulation;
}

export interface ErreurChamp {
  champ: string;
  code: string;
  message: string;
}

/** Réponse d'erreur au format « problem details » (RFC 9457). */
export interface ProblemeApi {
  type: string;
  title: string;
  status: number;
  detail: string;
  erreurs: ErreurChamp[];
}

/** Erreur levée par le client : porte le détail du problème renvoyé par l'API. */
export class ErreurApi extends Error {
  readonly probleme: ProblemeApi;
  constructor(probleme: ProblemeApi) {
    super(probleme.detail || probleme.title);
    this.name = "ErreurApi";
    this.probleme = probleme;
  }
}

function estProbleme(valeur: unknown): valeur is ProblemeApi {
  return typeof valeur === "object" && valeur !== null && "title" in valeur && "status" in valeur;
}

async function appeler<T>(chemin: string, corps: unknown): Promise<T> {
  let reponse: Response;
  try {
    reponse = await fetch(chemin, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(corps),
    });
  } catch {
    throw new ErreurApi({
      type: "about:blank",
      title: "Service injoignable",
      status: 0,
      detail: "Le service de calcul ne répond pas. Vérifiez votre connexion puis réessayez.",
      erreurs: [],
    });
  }
  const donnees: unknown = await reponse.json().catch(() => null);
  if (reponse.ok) return donnees as T;
  if (estProbleme(donnees)) {
    throw new ErreurApi({ ...donnees, erreurs: Array.isArray(donnees.erreurs) ? donnees.erreurs : [] });
  }
  throw new ErreurApi({
    type: "about:blank",
    title: "Erreur du service",
    status: reponse.status,
    detail: `Le calcul n'a pas pu être fait (erreur ${reponse.status}). Réessayez dans quelques instants.`,
    erreurs: [],
  });
}

export function simuler(requete: RequeteSimulation): Promise<ResultatSimulation> {
  return appeler<ResultatSimulation>("/api/v1/simulations", requete);
}

export function calculerBudget(requete: RequeteBudget): Promise<ResultatBudget> {
  return appeler<ResultatBudget>("/api/v1/simulations/budget", requete);
}
