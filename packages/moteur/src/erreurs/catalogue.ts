/**
 * Catalogue unique des codes d'erreur et d'avertissement de la plateforme.
 *
 * Chaque code est défini une fois, avec son statut HTTP, un titre et la façon de le résoudre.
 * docs/erreurs.md est généré depuis ce fichier (`npm run docs:erreurs`) et un test vérifie
 * qu'ils concordent. Un code retiré n'est jamais réutilisé (principe 7).
 */
export interface EntreeCatalogue {
  /** Statut HTTP quand l'erreur sort par l'API (avertissements : 200, ils ne bloquent pas). */
  readonly statut: number;
  readonly nature: 'erreur' | 'avertissement';
  readonly titre: string;
  readonly resolution: string;
}

const erreur = (statut: number, titre: string, resolution: string): EntreeCatalogue => ({
  statut,
  nature: 'erreur',
  titre,
  resolution,
});
const avertissement = (titre: string, resolution: string): EntreeCatalogue => ({
  statut: 200,
  nature: 'avertissement',
  titre,
  resolution,
});

export const CATALOGUE_ERREURS = {
  // — Saisie d'une déclaration ou d'une simulation (moteur) —
  PERIODE_INVALIDE: erreur(400, 'Période invalide', 'Indiquez le mois au format AAAA-MM, par exemple 2026-01.'),
  PERIODE_NON_COUVERTE: erreur(400, 'Période non couverte', 'Choisissez un mois entre janvier 2025 et décembre 2026.'),
  PARAMETRE_MANQUANT: erreur(400, 'Paramètre légal manquant pour la période', 'Signalez-le : un taux ou un plafond manque pour ce mois.'),
  TERRITOIRE_NON_PRIS_EN_CHARGE: erreur(400, 'Territoire non pris en charge', "Les départements d'outre-mer ne sont pas encore calculés ; utilisez le service de la CGSS."),
  DEPARTEMENT_INVALIDE: erreur(400, 'Département invalide', 'Indiquez le code du département du lieu de travail : 2 chiffres, 2A, 2B ou 3 chiffres pour l’outre-mer.'),
  DUREE_MANQUANTE: erreur(400, 'Durée manquante', 'Indiquez la durée travaillée, en heures (`heures`) ou en minutes (`minutes`).'),
  DUREE_AMBIGUE: erreur(400, 'Durée donnée deux fois', 'Donnez soit `heures`, soit `minutes`, pas les deux.'),
  DUREE_INVALIDE: erreur(400, 'Durée invalide', 'La durée doit être positive : minutes entières, ou heures (deux décimales au plus) formant un nombre entier de minutes.'),
  DUREE_SUPERIEURE_MAXIMUM: erreur(400, 'Durée supérieure au maximum', 'Vérifiez la durée : elle dépasse 48 heures par semaine en moyenne sur le mois.'),
  SALAIRE_MANQUANT: erreur(400, 'Salaire horaire manquant', 'Indiquez le salaire horaire net (`salaireHoraireNet`) ou brut (`salaireHoraireBrut`).'),
  SALAIRE_AMBIGU: erreur(400, 'Salaire donné deux fois', 'Donnez soit le salaire horaire net, soit le brut, pas les deux.'),
  SALAIRE_INVALIDE: erreur(400, 'Salaire horaire invalide', 'Le salaire horaire est un montant positif en euros, avec au plus deux décimales.'),
  SALAIRE_INFERIEUR_SMIC: erreur(400, 'Salaire inférieur au SMIC', 'Le salaire horaire brut, hors congés payés, doit être au moins égal au SMIC horaire.'),
  SALAIRE_HORS_PERIMETRE: erreur(400, 'Salaire au-delà du plafond de la sécurité sociale', 'Le moteur ne calcule pas encore les salaires mensuels supérieurs au plafond mensuel de la sécurité sociale.'),
  CONGES_PAYES_INVALIDES: erreur(400, 'Heures de congés payés invalides', 'Les heures de congés payés se déclarent à part seulement avec `congesPayes: "a-part"`, en valeur positive.'),
  TAUX_PAS_INVALIDE: erreur(400, 'Taux de prélèvement à la source invalide', 'Le taux est une fraction entre 0 et 1 (0,055 pour 5,5 %), avec au plus quatre décimales.'),
  MONTANT_INVALIDE: erreur(400, 'Montant invalide', 'Le montant est un nombre positif en euros, avec au plus deux décimales.'),
  BUDGET_INSUFFISANT: erreur(400, 'Budget insuffisant', 'Le budget ne permet pas de payer au moins le SMIC pour cette durée : augmentez le budget ou réduisez la durée.'),
  // — Avertissements (la déclaration reste possible) —
  SALAIRE_INFERIEUR_MINIMUM_CONVENTIONNEL: avertissement('Salaire inférieur au minimum conventionnel', 'Vérifiez le niveau du salarié : le minimum de la convention collective (IDCC 3239) est plus élevé.'),
  DUREE_INHABITUELLE: avertissement('Durée inhabituelle', 'Vérifiez la durée : elle dépasse 40 heures par semaine en moyenne.'),
  SALAIRE_HORAIRE_SUPERIEUR_PSS_HORAIRE: avertissement('Salaire horaire supérieur au plafond horaire', "Le plafond appliqué est le plafond mensuel ; Urssaf peut appliquer un plafond proratisé aux heures (à vérifier)."),
  EXONERATION_MOINS_FAVORABLE: avertissement("Exonération moins favorable que la déduction", "La déduction forfaitaire de 2 € par heure serait plus avantageuse ce mois-ci ; l'exonération demandée est appliquée."),
  PLAFOND_CREDIT_IMPOT_ATTEINT: avertissement("Plafond annuel du crédit d'impôt atteint", "Une partie de la dépense dépasse le plafond annuel et n'ouvre pas droit au crédit d'impôt."),
  PLAFOND_AVANCE_IMMEDIATE_ATTEINT: avertissement("Plafond annuel de l'avance immédiate atteint", "L'avance immédiate est limitée par an ; le reste du crédit d'impôt sera versé après la déclaration de revenus."),
  // — Protocole HTTP (serveur) —
  REQUETE_INVALIDE: erreur(400, 'Requête invalide', 'Corrigez les champs signalés ; la liste des champs acceptés est dans /api/openapi.json.'),
  CHAMP_INCONNU: erreur(400, 'Champ inconnu', 'Retirez le champ : seuls les champs documentés dans /api/openapi.json sont acceptés.'),
  CORPS_TROP_VOLUMINEUX: erreur(413, 'Requête trop volumineuse', 'Envoyez un corps JSON de moins de 64 Kio.'),
  TYPE_CONTENU_NON_SUPPORTE: erreur(415, 'Type de contenu non pris en charge', 'Envoyez le corps en JSON avec l’en-tête Content-Type: application/json.'),
  RESSOURCE_INTROUVABLE: erreur(404, 'Ressource introuvable', "Vérifiez l'adresse : la liste des routes est dans /api/docs."),
  ERREUR_INTERNE: erreur(500, 'Erreur interne', "Réessayez plus tard ; communiquez l'identifiant de corrélation au support."),
} as const satisfies Record<string, EntreeCatalogue>;

export type CodeErreur = keyof typeof CATALOGUE_ERREURS;

/** Une erreur ou un avertissement relevé sur une saisie : code stable, champ, message en français. */
export interface Anomalie {
  readonly code: CodeErreur;
  /** Nom du champ de la requête concerné (noms de l'API), s'il y en a un. */
  readonly champ?: string;
  readonly message: string;
}

export const anomalie = (code: CodeErreur, message: string, champ?: string): Anomalie =>
  champ === undefined ? { code, message } : { code, champ, message };
