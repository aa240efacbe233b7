/** Déclaration d'accessibilité (courte). */
export function PageAccessibilite() {
  return (
    <>
      <h1>Accessibilité</h1>
      <p>
        Plateforme CESU s'appuie sur le Système de design de l'État (DSFR) et vise la conformité au
        référentiel général d'amélioration de l'accessibilité (RGAA). Le site n'a pas encore fait
        l'objet d'un audit : il est donc déclaré <strong>non conforme</strong>.
      </p>
      <p>
        Ce qui a été prévu : libellé et aide sur chaque champ, navigation complète au clavier,
        messages d'erreur reliés aux champs, résultat annoncé aux lecteurs d'écran, liens vers les
        textes officiels pour chaque taux.
      </p>
      <p>
        Si vous rencontrez une difficulté, signalez-la sur le dépôt du projet : nous vous proposerons
        une autre façon d'obtenir l'information.
      </p>
    </>
  );
}
