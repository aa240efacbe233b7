/**
 * État du formulaire du simulateur et conversion vers la requête de l'API.
 * Fonctions pures : faciles à tester, sans React.
 */
import type { Exoneration, ModeCongesPayes, RequeteSimulation } from "../api/simulation";
import { lireNombre, moisCourant } from "../format";

export type TypeSalaire = "net" | "brut";

export interface EtatFormulaire {
  periode: string;
  heures: string;
  minutes: string;
  typeSalaire: TypeSalaire;
  salaireHoraire: string;
  congesPayes: ModeCongesPayes;
  heuresConges: string;
  minutesConges: string;
  alsaceMoselle: boolean;
  exoneration: Exoneration;
  tauxPAS: string;
}

export function etatInitial(): EtatFormulaire {
  return {
    periode: moisCourant(),
    heures: "",
    minutes: "0",
    typeSalaire: "net",
    salaireHoraire: "",
    congesPayes: "inclus",
    heuresConges: "",
    minutesConges: "0",
    alsaceMoselle: false,
    exoneration: "aucune",
    tauxPAS: "",
  };
}

/** Message d'erreur par champ de l'API (ex. « salaireHoraireNet »). */
export type ErreursChamps = Partial<Record<string, string>>;

/** Nom des champs de l'API qui correspondent à un champ du formulaire. */
export const CHAMPS_API = {
  periode: ["periode"],
  duree: ["heures", "minutes"],
  salaireHoraire: ["salaireHoraireNet", "salaireHoraireBrut"],
  congesPayes: ["congesPayes"],
  dureeConges: ["heuresCongesPayes", "minutesCongesPayes"],
  alsaceMoselle: ["alsaceMoselle"],
  exoneration: ["exoneration"],
  tauxPAS: ["tauxPAS"],
  budgetMensuel: ["budgetMensuel"],
} as const;

export type ChampFormulaire = keyof typeof CHAMPS_API;

/** Premier message d'erreur visant l'un des champs de l'API liés à ce champ du formulaire. */
export function messageDuChamp(erreurs: ErreursChamps, champ: ChampFormulaire): string | undefined {
  for (const nom of CHAMPS_API[champ]) {
    const message = erreurs[nom];
    if (message !== undefined) return message;
  }
  return undefined;
}

/** Convertit heures + minutes saisies en minutes entières. */
export function versMinutes(
  heures: string,
  minutes: string,
  champ: string,
  erreurs: ErreursChamps,
  obligatoire: boolean,
): number | undefined {
  const h = lireNombre(heures);
  const m = lireNombre(minutes);
  if (h === null && (m === null || m === 0)) {
    if (obligatoire) erreurs[champ] = "Indiquez le nombre d'heures travaillées dans le mois.";
    return undefined;
  }
  const hh = h ?? 0;
  const mm = m ?? 0;
  if (Number.isNaN(hh) || Number.isNaN(mm) || hh < 0 || mm < 0 || !Number.isInteger(mm) || mm > 59) {
    erreurs[champ] = "Indiquez des heures (nombre positif) et des minutes entre 0 et 59.";
    return undefined;
  }
  const total = Math.round(hh * 60 + mm);
  if (total <= 0) {
    if (obligatoire) erreurs[champ] = "La durée doit être supérieure à zéro.";
    return undefined;
  }
  return total;
}

/** Lit le taux de prélèvement à la source saisi en % et le renvoie en fraction. */
export function versTauxPAS(saisie: string, erreurs: ErreursChamps): number | undefined {
  const taux = lireNombre(saisie);
  if (taux === null) return undefined;
  if (Number.isNaN(taux) || taux < 0 || taux > 100) {
    erreurs["tauxPAS"] = "Indiquez un taux entre 0 et 100 %, par exemple 5,5.";
    return undefined;
  }
  return Math.round(taux * 1000) / 100000;
}

/**
 * Construit la requête à partir de la saisie. Les erreurs évidentes
 * (champ vide, texte illisible) sont signalées tout de suite ; les règles
 * métier (salaire minimum…) restent vérifiées par le serveur.
 */
export function versRequete(etat: EtatFormulaire): { requete: RequeteSimulation; erreurs: ErreursChamps } {
  const erreurs: ErreursChamps = {};
  const requete: RequeteSimulation = { periode: etat.periode };
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(etat.periode)) {
    erreurs["periode"] = "Choisissez le mois concerné, par exemple janvier 2026.";
  }
  const minutes = versMinutes(etat.heures, etat.minutes, "minutes", erreurs, true);
  if (minutes !== undefined) requete.minutes = minutes;

  const champSalaire = etat.typeSalaire === "net" ? "salaireHoraireNet" : "salaireHoraireBrut";
  const salaire = lireNombre(etat.salaireHoraire);
  if (salaire === null) {
    erreurs[champSalaire] = "Indiquez le salaire pour une heure de travail, par exemple 12,50.";
  } else if (Number.isNaN(salaire) || salaire <= 0) {
    erreurs[champSalaire] = "Indiquez un montant en euros, par exemple 12,50.";
  } else {
    requete[champSalaire] = salaire;
  }

  requete.congesPayes = etat.congesPayes;
  if (etat.congesPayes === "a-part") {
    const conges = versMinutes(etat.heuresConges, etat.minutesConges, "minutesCongesPayes", erreurs, false);
    if (conges !== undefined) requete.minutesCongesPayes = conges;
  }
  requete.alsaceMoselle = etat.alsaceMoselle;
  requete.exoneration = etat.exoneration;
  const taux = versTauxPAS(etat.tauxPAS, erreurs);
  if (taux !== undefined) requete.tauxPAS = taux;
  return { requete, erreurs };
}
