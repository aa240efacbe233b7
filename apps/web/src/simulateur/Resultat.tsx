import { forwardRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ResultatSimulation } from "../api/simulation";
import { euros, moisEnToutesLettres, pourcentage } from "../format";
import { ChiffresCles } from "./ChiffresCles";
import { Bulletin } from "./Bulletin";

type Ligne = [libelle: string, montant: number];

function coteSalarie(r: ResultatSimulation): Ligne[] {
  const taux = pourcentage(Math.round(r.tauxPAS * 100000) / 1000);
  return [
    ["Salaire brut", r.salaireBrut],
    ["Cotisations du salarié", r.cotisationsSalariales],
    ["Salaire net avant impôt", r.salaireNet],
    ["Net imposable", r.netImposable],
    [`Impôt prélevé à la source (taux ${taux})`, r.prelevementALaSource],
    ["Salaire net payé au salarié", r.netPaye],
  ];
}

function coteEmployeur(r: ResultatSimulation): Ligne[] {
  return [
    ["Cotisations de l'employeur, avant aides", r.cotisationsPatronales],
    ["Déduction forfaitaire", r.deductionForfaitaire],
    ["Exonération de l'employeur", r.exonerationPatronale],
    ["Contribution santé au travail", r.contributionSanteTravail],
    ["Cotisations de l'employeur à payer", r.cotisationsPatronalesDues],
    ["Coût employeur", r.coutEmployeur],
    ["Crédit d'impôt estimé", r.creditImpot],
    ["Avance immédiate", r.avanceImmediate],
    ["Reste à charge", r.resteACharge],
  ];
}

function Recapitulatif({ titre, lignes }: { titre: string; lignes: Ligne[] }) {
  return (
    <Table
      className="recapitulatif"
      fixed
      caption={titre}
      headers={["Élément", "Montant"]}
      data={lignes.map(([libelle, montant]) => [
        libelle,
        <span key="montant" className="nombre">{euros(montant)}</span>,
      ])}
    />
  );
}

/** Résultat complet : chiffres clés, avertissements, récapitulatif et bulletin. */
export const Resultat = forwardRef<HTMLHeadingElement, { resultat: ResultatSimulation }>(function Resultat(
  { resultat },
  refTitre,
) {
  return (
    <section aria-labelledby="titre-resultat" className="fr-mt-6w" data-testid="resultat">
      <h2 id="titre-resultat" ref={refTitre} tabIndex={-1}>
        Résultat pour {moisEnToutesLettres(resultat.periode)}
      </h2>
      <ChiffresCles resultat={resultat} />
      {resultat.avertissements.map((avertissement, index) => (
        <Alert
          key={`${avertissement.code}-${index}`}
          className="fr-mb-3w"
          severity="warning"
          small
          description={avertissement.message}
        />
      ))}
      <h3>Récapitulatif du mois</h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <Recapitulatif titre="Côté salarié" lignes={coteSalarie(resultat)} />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <Recapitulatif titre="Côté employeur (vous)" lignes={coteEmployeur(resultat)} />
        </div>
      </div>
      <Bulletin lignes={resultat.lignes} />
    </section>
  );
});
