import { forwardRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ErreurChamp } from "../api/simulation";

interface Props {
  /** Titre général (ex. « Le calcul n'a pas pu être fait »). */
  titre: string;
  /** Explication générale, affichée s'il n'y a pas d'erreur par champ. */
  detail?: string;
  erreurs: ErreurChamp[];
  /** Donne l'identifiant HTML du champ concerné, pour y aller d'un clic. */
  idDuChamp: (champ: string) => string | undefined;
}

/**
 * Récapitulatif des erreurs, placé avant le formulaire.
 * Il reçoit le focus après l'envoi pour que les lecteurs d'écran l'annoncent.
 */
export const ResumeErreurs = forwardRef<HTMLDivElement, Props>(function ResumeErreurs(
  { titre, detail, erreurs, idDuChamp },
  ref,
) {
  const allerAuChamp = (id: string) => (evenement: React.MouseEvent<HTMLAnchorElement>) => {
    evenement.preventDefault();
    const element = document.getElementById(id);
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  };
  const description = (
    <>
      {erreurs.length === 0 && detail !== undefined && <p>{detail}</p>}
      {erreurs.length > 0 && (
        <>
          <p>Corrigez {erreurs.length > 1 ? "les points suivants" : "le point suivant"}, puis relancez le calcul :</p>
          <ul>
            {erreurs.map((erreur, index) => {
              const id = idDuChamp(erreur.champ);
              return (
                <li key={`${erreur.champ}-${erreur.code}-${index}`}>
                  {id === undefined ? (
                    erreur.message
                  ) : (
                    <a href={`#${id}`} onClick={allerAuChamp(id)}>
                      {erreur.message}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
  return (
    <div ref={ref} tabIndex={-1} className="resume-erreurs fr-mb-4w" data-testid="resume-erreurs">
      <Alert severity="error" as="h2" title={titre} description={description} />
    </div>
  );
});
