import { Accordion } from "@codegouvfr/react-dsfr/Accordion";

/** Explications des mots utilisés, en langage courant. */
export function Aide() {
  return (
    <section aria-labelledby="titre-aide" className="fr-mb-6w">
      <h2 id="titre-aide" className="fr-h4">Comprendre les mots utilisés</h2>
      <div className="fr-accordions-group">
        <Accordion label="Salaire brut et salaire net : quelle différence ?" titleAs="h3">
          <p>
            Le <strong>salaire brut</strong> est le salaire avant les cotisations du salarié (retraite,
            chômage, CSG…). Le <strong>salaire net</strong> est ce qui reste une fois ces cotisations
            retirées : c'est la somme que votre salarié reçoit réellement, avant l'impôt sur le revenu.
          </p>
        </Accordion>
        <Accordion label="Qu'est-ce que le prélèvement à la source ?" titleAs="h3">
          <p>
            L'impôt sur le revenu de votre salarié est retiré de son salaire net, puis reversé aux
            impôts par le CESU. Le taux est indiqué dans votre espace CESU. Sans taux connu, un taux
            neutre, fixé selon le montant du salaire, s'applique.
          </p>
        </Accordion>
        <Accordion label="Crédit d'impôt et avance immédiate : comment ça marche ?" titleAs="h3">
          <p>
            Vous avez droit à un <strong>crédit d'impôt</strong> égal à la moitié des sommes
            dépensées pour l'emploi à domicile (salaire et cotisations, après les aides).
          </p>
          <p>
            Avec l'<strong>avance immédiate</strong>, ce crédit d'impôt est déduit tout de suite :
            vous ne payez que le <strong>reste à charge</strong>, au lieu d'attendre l'année suivante
            pour être remboursé. Ce service gratuit s'active dans votre espace CESU.
          </p>
        </Accordion>
        <Accordion label="Ce simulateur engage-t-il l'administration ?" titleAs="h3">
          <p>
            Non. Les montants sont des estimations calculées à partir des textes officiels cités dans
            le bulletin. Seule votre déclaration au CESU fait foi.
          </p>
        </Accordion>
      </div>
    </section>
  );
}
