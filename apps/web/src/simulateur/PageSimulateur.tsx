import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { ErreurApi, simuler, type ErreurChamp, type ProblemeApi, type ResultatSimulation } from "../api/simulation";
import { euros } from "../format";
import { etatInitial, versRequete, type EtatFormulaire, type ErreursChamps } from "./formulaire";
import { FormulaireSimulation, idChampSimulation } from "./FormulaireSimulation";
import { ResumeErreurs } from "./ResumeErreurs";
import { Resultat } from "./Resultat";
import { Budget } from "./Budget";
import { Aide } from "./Aide";
import { useAnnonce } from "./annonce";

function erreursParChamp(erreurs: ErreurChamp[]): ErreursChamps {
  const parChamp: ErreursChamps = {};
  for (const erreur of erreurs) parChamp[erreur.champ] ??= erreur.message;
  return parChamp;
}

export function PageSimulateur() {
  const [etat, setEtat] = useState<EtatFormulaire>(etatInitial);
  const [erreurs, setErreurs] = useState<ErreursChamps>({});
  const [probleme, setProbleme] = useState<ProblemeApi | null>(null);
  const [resultat, setResultat] = useState<ResultatSimulation | null>(null);
  const [enCours, setEnCours] = useState(false);
  const refErreurs = useRef<HTMLDivElement>(null);
  const refResultat = useRef<HTMLHeadingElement>(null);
  const { annoncer, zone } = useAnnonce();

  const afficherProbleme = (p: ProblemeApi) => {
    // flushSync : le récapitulatif doit exister dans la page avant d'y placer le focus.
    flushSync(() => {
      setErreurs(erreursParChamp(p.erreurs));
      setProbleme(p);
      setResultat(null);
      setEnCours(false);
    });
    const nombre = p.erreurs.length;
    annoncer(
      nombre > 0
        ? `Le calcul n'a pas pu être fait : ${nombre} ${nombre > 1 ? "points" : "point"} à corriger.`
        : `Le calcul n'a pas pu être fait. ${p.detail}`,
    );
    refErreurs.current?.focus();
  };

  const envoyer = async () => {
    const { requete, erreurs: locales } = versRequete(etat);
    const liste = Object.entries(locales).map(([champ, message]) => ({ champ, code: "saisie", message: message ?? "" }));
    if (liste.length > 0) {
      afficherProbleme({ type: "about:blank", title: "Saisie incomplète", status: 400, detail: "", erreurs: liste });
      return;
    }
    setEnCours(true);
    try {
      const reponse = await simuler(requete);
      flushSync(() => {
        setErreurs({});
        setProbleme(null);
        setResultat(reponse);
        setEnCours(false);
      });
      refResultat.current?.focus();
      annoncer(
        `Calcul terminé. Salaire net payé au salarié : ${euros(reponse.netPaye)}. Coût employeur : ${euros(reponse.coutEmployeur)}.`,
      );
    } catch (erreur) {
      if (erreur instanceof ErreurApi) afficherProbleme(erreur.probleme);
      else throw erreur;
    } finally {
      setEnCours(false);
    }
  };

  return (
    <>
      <h1>Simulateur de salaire pour l'emploi à domicile</h1>
      <p className="fr-text--lead">
        Vous employez une personne chez vous (ménage, jardinage, garde, aide à domicile…) ? Calculez
        le salaire net à lui verser, ce que cela vous coûte et votre crédit d'impôt.
      </p>
      <Aide />
      {zone}
      {probleme !== null && (
        <ResumeErreurs
          ref={refErreurs}
          titre="Le calcul n'a pas pu être fait"
          detail={probleme.detail}
          erreurs={probleme.erreurs}
          idDuChamp={idChampSimulation}
        />
      )}
      <FormulaireSimulation
        etat={etat}
        erreurs={erreurs}
        enCours={enCours}
        onChange={(modification) => setEtat((precedent) => ({ ...precedent, ...modification }))}
        onSubmit={() => void envoyer()}
      />
      {resultat !== null && <Resultat ref={refResultat} resultat={resultat} />}
      <Budget options={etat} />
    </>
  );
}
