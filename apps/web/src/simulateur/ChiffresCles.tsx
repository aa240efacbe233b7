import { fr } from "@codegouvfr/react-dsfr";
import type { ResultatSimulation } from "../api/simulation";
import { euros } from "../format";

interface Chiffre {
  cle: "netPaye" | "coutEmployeur" | "creditImpot" | "resteACharge";
  titre: string;
  aide: string;
}

const CHIFFRES: Chiffre[] = [
  {
    cle: "netPaye",
    titre: "Salaire net payé au salarié",
    aide: "La somme que vous versez à votre salarié, impôt à la source déjà retiré.",
  },
  {
    cle: "coutEmployeur",
    titre: "Coût employeur",
    aide: "Salaire brut + cotisations de l'employeur, aides déduites : ce que l'emploi vous coûte avant le crédit d'impôt.",
  },
  {
    cle: "creditImpot",
    titre: "Crédit d'impôt estimé",
    aide: "La moitié des dépenses retenues, remboursée par les impôts.",
  },
  {
    cle: "resteACharge",
    titre: "Reste à charge avec l'avance immédiate",
    aide: "Ce qui reste vraiment à votre charge si le crédit d'impôt vous est versé tout de suite.",
  },
];

/** Les quatre montants essentiels, en grand. */
export function ChiffresCles({ resultat }: { resultat: ResultatSimulation }) {
  return (
    <dl className="chiffres-cles fr-mb-4w">
      {CHIFFRES.map(({ cle, titre, aide }) => (
        <div
          key={cle}
          className="fr-p-3w chiffre-cle"
          style={{ backgroundColor: fr.colors.decisions.background.alt.blueFrance.default }}
        >
          <dt className="fr-text--bold fr-mb-1w">{titre}</dt>
          <dd className="fr-h3 fr-mb-1w" data-chiffre={cle}>
            {euros(resultat[cle])}
          </dd>
          <dd className="fr-text--sm fr-mb-0">{aide}</dd>
        </div>
      ))}
    </dl>
  );
}
