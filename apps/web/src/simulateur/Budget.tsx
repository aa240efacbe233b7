import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { calculerBudget, ErreurApi, type BudgetPorteSur, type ErreurChamp, type ProblemeApi, type RequeteBudget, type ResultatBudget } from "../api/simulation";
import { euros, lireNombre } from "../format";
import { messageDuChamp, versMinutes, versRequete, type EtatFormulaire, type ErreursChamps } from "./formulaire";
import { ChampDuree, etatErreur } from "./champs";
import { ResumeErreurs } from "./ResumeErreurs";
import { useAnnonce } from "./annonce";

const IDS: Record<string, string> = {
  budgetMensuel: "champ-budget",
  heures: "champ-budget-heures",
  minutes: "champ-budget-heures",
};

/** « Quel salaire pour mon budget ? » : du budget mensuel au salaire horaire net. */
export function Budget({ options }: { options: EtatFormulaire }) {
  const [budget, setBudget] = useState("");
  const [heures, setHeures] = useState("");
  const [minutes, setMinutes] = useState("0");
  const [porteSur, setPorteSur] = useState<BudgetPorteSur>("cout-employeur");
  const [erreurs, setErreurs] = useState<ErreursChamps>({});
  const [probleme, setProbleme] = useState<ProblemeApi | null>(null);
  const [resultat, setResultat] = useState<ResultatBudget | null>(null);
  const [enCours, setEnCours] = useState(false);
  const refErreurs = useRef<HTMLDivElement>(null);
  const refResultat = useRef<HTMLParagraphElement>(null);
  const { annoncer, zone } = useAnnonce();

  const echec = (p: ProblemeApi) => {
    const parChamp: ErreursChamps = {};
    for (const e of p.erreurs) parChamp[e.champ] ??= e.message;
    flushSync(() => {
      setErreurs(parChamp);
      setProbleme(p);
      setResultat(null);
      setEnCours(false);
    });
    refErreurs.current?.focus();
    annoncer(`Le calcul n'a pas pu être fait : ${p.erreurs.length || 1} point à corriger.`);
  };

  const envoyer = async () => {
    const locales: ErreursChamps = {};
    const total = versMinutes(heures, minutes, "minutes", locales, true);
    const montant = lireNombre(budget);
    if (montant === null || Number.isNaN(montant) || montant <= 0) {
      locales["budgetMensuel"] = "Indiquez votre budget pour le mois, en euros, par exemple 300.";
    }
    const { requete: base } = versRequete(options);
    const requete: RequeteBudget = { periode: base.periode, budgetMensuel: montant ?? 0, budgetPorteSur: porteSur };
    if (total !== undefined) requete.minutes = total;
    for (const cle of ["congesPayes", "alsaceMoselle", "exoneration", "tauxPAS"] as const) {
      if (base[cle] !== undefined) Object.assign(requete, { [cle]: base[cle] });
    }
    const liste: ErreurChamp[] = Object.entries(locales).map(([champ, message]) => ({ champ, code: "saisie", message: message ?? "" }));
    if (liste.length > 0) {
      echec({ type: "about:blank", title: "Saisie incomplète", status: 400, detail: "", erreurs: liste });
      return;
    }
    setEnCours(true);
    try {
      const reponse = await calculerBudget(requete);
      flushSync(() => {
        setErreurs({});
        setProbleme(null);
        setResultat(reponse);
        setEnCours(false);
      });
      refResultat.current?.focus();
      annoncer(`Avec ce budget, vous pouvez payer ${euros(reponse.salaireHoraireNet)} net de l'heure.`);
    } catch (erreur) {
      if (erreur instanceof ErreurApi) echec(erreur.probleme);
      else throw erreur;
    } finally {
      setEnCours(false);
    }
  };

  return (
    <section aria-labelledby="titre-budget" className="fr-mt-8w fr-p-4w section-budget">
      <h2 id="titre-budget">Quel salaire pour mon budget ?</h2>
      <p>
        Indiquez ce que vous pouvez dépenser chaque mois : nous calculons le salaire horaire net que
        vous pouvez proposer. Le mois, les congés payés et les autres choix du formulaire ci-dessus
        sont repris.
      </p>
      {zone}
      {probleme !== null && (
        <ResumeErreurs
          ref={refErreurs}
          titre="Le calcul n'a pas pu être fait"
          detail={probleme.detail}
          erreurs={probleme.erreurs}
          idDuChamp={(champ) => IDS[champ]}
        />
      )}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void envoyer(); }} aria-labelledby="titre-budget">
        <Input
          label="Budget pour le mois, en euros"
          hintText="Par exemple : 300"
          {...etatErreur(erreurs["budgetMensuel"])}
          nativeInputProps={{ id: "champ-budget", inputMode: "decimal", autoComplete: "off", value: budget, onChange: (e) => setBudget(e.target.value) }}
        />
        <RadioButtons
          legend="Ce budget correspond à :"
          name="budgetPorteSur"
          options={[
            { label: "Tout ce que je paie (coût employeur)", nativeInputProps: { checked: porteSur === "cout-employeur", onChange: () => setPorteSur("cout-employeur") } },
            { label: "Ce qui me reste à payer après l'avance immédiate du crédit d'impôt", nativeInputProps: { checked: porteSur === "reste-a-charge", onChange: () => setPorteSur("reste-a-charge") } },
          ]}
        />
        <ChampDuree
          legende="Temps de travail prévu dans le mois"
          aide="Par exemple 10 heures et 30 minutes."
          idHeures="champ-budget-heures"
          idMinutes="champ-budget-minutes"
          heures={heures}
          minutes={minutes}
          erreur={messageDuChamp(erreurs, "duree")}
          onHeures={setHeures}
          onMinutes={setMinutes}
        />
        <Button type="submit" priority="secondary" disabled={enCours}>
          {enCours ? "Calcul en cours…" : "Calculer le salaire possible"}
        </Button>
      </form>
      {resultat !== null && (
        <div className="fr-mt-4w" data-testid="resultat-budget">
          <p ref={refResultat} tabIndex={-1} className="fr-text--lead">
            Avec ce budget, vous pouvez payer <strong data-chiffre="salaireHoraireNet">{euros(resultat.salaireHoraireNet)}</strong> net de l'heure.
          </p>
          <p>
            Coût employeur : {euros(resultat.simulation.coutEmployeur)} — reste à charge après avance immédiate :{" "}
            {euros(resultat.simulation.resteACharge)} — salaire net payé : {euros(resultat.simulation.netPaye)}.
          </p>
        </div>
      )}
    </section>
  );
}
