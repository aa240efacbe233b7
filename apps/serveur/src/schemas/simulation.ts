/**
 * Schémas TypeBox de l'API de simulation : ils valident les requêtes, filtrent les réponses
 * (aucun champ non déclaré ne sort) et produisent le document OpenAPI (/api/openapi.json).
 */
import { Type, type Static } from 'typebox';

const Euros = (description: string) => Type.Number({ minimum: 0, description });

export const OptionsSimulation = {
  moisPaiement: Type.Optional(Type.String({ description: "Mois de paiement AAAA-MM (choisit la grille du taux neutre). Par défaut, la période.", examples: ['2026-02'] })),
  congesPayes: Type.Optional(Type.Union([Type.Literal('inclus'), Type.Literal('a-part')], { description: '« inclus » : +10 % dans le salaire horaire ; « a-part » : heures de congés déclarées à part, exclues de la déduction de 2 €/h.', default: 'inclus' })),
  heuresCongesPayes: Type.Optional(Type.Number({ description: 'Heures de congés payés (mode « a-part »).' })),
  minutesCongesPayes: Type.Optional(Type.Integer({ description: 'Minutes de congés payés (mode « a-part »).' })),
  alsaceMoselle: Type.Optional(Type.Boolean({ description: "Salarié relevant du régime local d'Alsace-Moselle (+1,30 % salarial)." })),
  departement: Type.Optional(Type.String({ description: 'Département du lieu de travail (57, 67, 68 : Alsace-Moselle ; outre-mer refusé).', examples: ['75'] })),
  exoneration: Type.Optional(Type.Union([Type.Literal('aucune'), Type.Literal('70-ans'), Type.Literal('invalidite')], { default: 'aucune' })),
  tauxPAS: Type.Optional(Type.Number({ description: 'Taux personnalisé de prélèvement à la source, en fraction (0.055 = 5,5 %). Absent : taux neutre.' })),
  cstDejaFactureeMois: Type.Optional(Euros('Contribution santé au travail déjà facturée ce mois pour ce salarié (plafond de 5 €).')),
  situationCreditImpot: Type.Optional(Type.Union([Type.Literal('general'), Type.Literal('premiere-annee'), Type.Literal('invalidite')], { default: 'general' })),
  majorationsCreditImpot: Type.Optional(Type.Integer({ minimum: 0, description: 'Majorations de 1 500 € du plafond (enfants à charge, membres de plus de 65 ans).' })),
  cumulDepensesAnnee: Type.Optional(Euros("Dépenses déjà retenues cette année pour le crédit d'impôt.")),
  cumulAvanceImmediateAnnee: Type.Optional(Euros('Avance immédiate déjà reçue cette année.')),
  aidesRecues: Type.Optional(Euros('Aides reçues pour cette dépense (APA, PCH, Cesu préfinancé exonéré…).')),
  avanceImmediate: Type.Optional(Type.Boolean({ description: "Avance immédiate du crédit d'impôt activée (Cesu+).", default: true })),
};

const Duree = {
  periode: Type.String({ description: "Mois d'emploi, AAAA-MM (janvier 2025 à décembre 2026).", examples: ['2026-01'] }),
  heures: Type.Optional(Type.Number({ description: 'Durée travaillée en heures décimales (deux décimales au plus). Ou `minutes`.', examples: [10] })),
  minutes: Type.Optional(Type.Integer({ description: 'Durée travaillée en minutes. Ou `heures`.', examples: [600] })),
};

export const CorpsSimulation = Type.Object(
  {
    ...Duree,
    salaireHoraireNet: Type.Optional(Type.Number({ description: 'Salaire horaire net en euros. Ou `salaireHoraireBrut`.', examples: [10.51] })),
    salaireHoraireBrut: Type.Optional(Type.Number({ description: 'Salaire horaire brut en euros. Ou `salaireHoraireNet`.' })),
    ...OptionsSimulation,
  },
  { additionalProperties: false, $id: 'CorpsSimulation' },
);
export type CorpsSimulation = Static<typeof CorpsSimulation>;

export const CorpsBudget = Type.Object(
  {
    ...Duree,
    budgetMensuel: Type.Number({ description: 'Budget mensuel en euros.', examples: [200] }),
    budgetPorteSur: Type.Optional(Type.Union([Type.Literal('cout-employeur'), Type.Literal('reste-a-charge')], { default: 'cout-employeur' })),
    ...OptionsSimulation,
  },
  { additionalProperties: false, $id: 'CorpsBudget' },
);
export type CorpsBudget = Static<typeof CorpsBudget>;

const Montant = Type.Number({ description: 'Euros, deux décimales au plus.' });

const Ligne = Type.Object({
  code: Type.String(),
  libelle: Type.String(),
  categorie: Type.Union([Type.Literal('salariale'), Type.Literal('patronale'), Type.Literal('reduction'), Type.Literal('sante-travail'), Type.Literal('impot')]),
  base: Type.Union([Montant, Type.Null()]),
  taux: Type.Union([Type.Number({ description: 'Pourcentage : 6.9 pour 6,90 %.' }), Type.Null()]),
  heures: Type.Optional(Type.Number()),
  montant: Montant,
  plafond: Type.Optional(Type.Object({ libelle: Type.String(), montant: Montant })),
  explication: Type.String(),
  reference: Type.Object({ texte: Type.String(), url: Type.String() }),
  parametres: Type.Array(
    Type.Object({
      id: Type.String(),
      dateEffet: Type.String(),
      statut: Type.Union([Type.Literal('confirme'), Type.Literal('a-verifier')]),
      sources: Type.Array(Type.Object({ titre: Type.String(), url: Type.String() })),
    }),
  ),
});

export const Avertissement = Type.Object({ code: Type.String(), message: Type.String(), champ: Type.Optional(Type.String()) });

export const ReponseSimulation = Type.Object(
  {
    periode: Type.String(),
    salaireBrut: Montant,
    salaireNet: Type.Number({ description: 'Net avant prélèvement à la source.' }),
    netImposable: Montant,
    prelevementALaSource: Montant,
    tauxPAS: Type.Number({ description: 'Pourcentage appliqué.' }),
    origineTauxPAS: Type.Union([Type.Literal('personnalise'), Type.Literal('neutre')]),
    netPaye: Type.Number({ description: 'Net payé au salarié, après prélèvement à la source.' }),
    cotisationsSalariales: Montant,
    cotisationsPatronales: Type.Number({ description: 'Avant déduction ou exonération, hors santé au travail.' }),
    deductionForfaitaire: Montant,
    exonerationPatronale: Montant,
    contributionSanteTravail: Montant,
    cotisationsPatronalesDues: Montant,
    coutEmployeur: Montant,
    creditImpot: Type.Number({ description: "Crédit d'impôt estimé (50 %)." }),
    avanceImmediate: Montant,
    resteACharge: Type.Number({ description: 'Ce que le foyer paie après avance immédiate.' }),
    lignes: Type.Array(Ligne),
    avertissements: Type.Array(Avertissement),
    parametresAVerifier: Type.Array(Type.String()),
  },
  { $id: 'Simulation' },
);

export const ReponseBudget = Type.Object({ salaireHoraireNet: Montant, simulation: ReponseSimulation }, { $id: 'ResultatBudget' });

export const Probleme = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    correlationId: Type.Optional(Type.String()),
    erreurs: Type.Optional(Type.Array(Type.Object({ champ: Type.String(), code: Type.String(), message: Type.String() }))),
  },
  { $id: 'Probleme', description: 'Détails du problème (RFC 9457), servis en application/problem+json.' },
);
