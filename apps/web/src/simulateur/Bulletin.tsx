import { Table } from "@codegouvfr/react-dsfr/Table";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { CategorieLigne, LigneBulletin } from "../api/simulation";
import { euros, pourcentage } from "../format";

const CATEGORIES: { categorie: CategorieLigne; titre: string; aide: string }[] = [
  {
    categorie: "salariale",
    titre: "Cotisations du salarié",
    aide: "Retenues sur le salaire brut : elles font passer du brut au net.",
  },
  {
    categorie: "patronale",
    titre: "Cotisations de l'employeur",
    aide: "Payées par vous, en plus du salaire brut.",
  },
  {
    categorie: "reduction",
    titre: "Déductions et exonérations",
    aide: "Aides qui diminuent les cotisations de l'employeur.",
  },
  {
    categorie: "sante-travail",
    titre: "Santé au travail",
    aide: "Contribution pour le suivi médical de votre salarié.",
  },
  {
    categorie: "impot",
    titre: "Impôt sur le revenu du salarié",
    aide: "Prélevé à la source sur le salaire net, puis reversé aux impôts.",
  },
];

const ENTETES = ["Élément", "Base", "Taux", "Montant", "Explication et source"];

function Libelle({ ligne }: { ligne: LigneBulletin }) {
  const aVerifier = ligne.parametres.some((parametre) => parametre.statut === "a-verifier");
  return (
    <>
      <span className="fr-text--bold">{ligne.libelle}</span>
      {ligne.plafond !== undefined && (
        <span className="fr-hint-text">
          Dans la limite de {ligne.plafond.libelle} : {euros(ligne.plafond.montant)}
        </span>
      )}
      {aVerifier && (
        <Badge small severity="warning" className="fr-mt-1v">
          Taux à vérifier
        </Badge>
      )}
    </>
  );
}

function Explication({ ligne }: { ligne: LigneBulletin }) {
  return (
    <>
      <span className="explication">{ligne.explication}</span>{" "}
      <a
        className="fr-link fr-link--sm lien-source"
        href={ligne.reference.url}
        target="_blank"
        rel="noopener noreferrer"
        title={`${ligne.reference.texte} – nouvelle fenêtre`}
      >
        Source : {ligne.reference.texte}
      </a>
    </>
  );
}

function ligneDuTableau(ligne: LigneBulletin) {
  return [
    <Libelle key="libelle" ligne={ligne} />,
    <span key="base" className="nombre">{euros(ligne.base)}</span>,
    <span key="taux" className="nombre">{pourcentage(ligne.taux)}</span>,
    <span key="montant" className="nombre fr-text--bold">{euros(ligne.montant)}</span>,
    <Explication key="explication" ligne={ligne} />,
  ];
}

/** Bulletin de salaire détaillé : un tableau par catégorie de lignes. */
export function Bulletin({ lignes }: { lignes: LigneBulletin[] }) {
  const groupes = CATEGORIES.map((categorie) => ({
    ...categorie,
    lignes: lignes.filter((ligne) => ligne.categorie === categorie.categorie),
  })).filter((groupe) => groupe.lignes.length > 0);

  return (
    <section aria-labelledby="titre-bulletin" className="bulletin">
      <h3 id="titre-bulletin">Bulletin de salaire détaillé</h3>
      <p>
        Chaque ligne indique sur quelle somme elle est calculée (la base), le taux appliqué et le
        montant obtenu. Le lien « Source » ouvre le texte officiel qui fixe ce taux.
      </p>
      {groupes.map((groupe) => (
        <Table
          key={groupe.categorie}
          className="fr-mb-4w"
          bordered
          fixed
          caption={
            <>
              {groupe.titre}
              <span className="fr-hint-text">{groupe.aide}</span>
            </>
          }
          headers={ENTETES}
          data={groupe.lignes.map(ligneDuTableau)}
        />
      ))}
    </section>
  );
}
