import { useEffect } from "react";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { PageSimulateur } from "./simulateur/PageSimulateur";
import { PageAccessibilite } from "./PageAccessibilite";
import { usePathname } from "./routeur";

const PAGES: Record<string, { titre: string; rendu: () => React.ReactNode }> = {
  "/": { titre: "Simulateur", rendu: () => <PageSimulateur /> },
  "/simulateur": { titre: "Simulateur", rendu: () => <PageSimulateur /> },
  "/accessibilite": { titre: "Accessibilité", rendu: () => <PageAccessibilite /> },
};

function PageIntrouvable() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>
        La page demandée n'existe pas. <a href="/simulateur">Retourner au simulateur</a>
      </p>
    </>
  );
}

export function App() {
  const chemin = usePathname().replace(/\/+$/, "") || "/";
  const page = PAGES[chemin];
  const estSimulateur = chemin === "/" || chemin === "/simulateur";

  useEffect(() => {
    document.title = `${page?.titre ?? "Page introuvable"} – Plateforme CESU`;
  }, [page]);

  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: "#contenu" },
          { label: "Pied de page", anchor: "#fr-footer" },
        ]}
      />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{ href: "/", title: "Accueil – Plateforme CESU" }}
        serviceTitle="Plateforme CESU"
        serviceTagline="Simulateur de salaire pour l'emploi à domicile"
        navigation={[{ text: "Simulateur", linkProps: { href: "/simulateur" }, isActive: estSimulateur }]}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-6w fr-pb-8w">
        {page === undefined ? <PageIntrouvable /> : page.rendu()}
      </main>
      <Footer
        accessibility="non compliant"
        accessibilityLinkProps={{ href: "/accessibilite" }}
        contentDescription="Plateforme CESU est un simulateur libre et gratuit des salaires et cotisations de l'emploi à domicile. Les montants sont des estimations : seule votre déclaration au CESU fait foi."
        bottomItems={[
          { text: "Documentation de l'API", linkProps: { href: "/api/docs" } },
        ]}
      />
    </>
  );
}
