import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { App } from "./App";
import { Lien } from "./routeur";
import "./styles.css";

startReactDsfr({ defaultColorScheme: "system", Link: Lien });

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Lien;
  }
}

const racine = document.getElementById("root");
if (racine === null) throw new Error("Élément #root introuvable dans index.html");

createRoot(racine).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
