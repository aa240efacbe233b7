import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Exoneration } from "../api/simulation";
import { messageDuChamp, type EtatFormulaire, type ErreursChamps } from "./formulaire";
import { ChampDuree, etatErreur } from "./champs";

interface Props {
  etat: EtatFormulaire;
  erreurs: ErreursChamps;
  enCours: boolean;
  onChange: (modification: Partial<EtatFormulaire>) => void;
  onSubmit: () => void;
}

/**
 * Identifiant HTML du champ qui correspond à un champ de l'API.
 * Pour les boutons radio et cases à cocher, react-dsfr nomme les options `${id}-${index}`.
 */
export function idChampSimulation(champ: string): string | undefined {
  const ids: Record<string, string> = {
    periode: "champ-periode",
    heures: "champ-heures",
    minutes: "champ-heures",
    salaireHoraireNet: "champ-salaire",
    salaireHoraireBrut: "champ-salaire",
    congesPayes: "champ-conges-0",
    heuresCongesPayes: "champ-heures-conges",
    minutesCongesPayes: "champ-heures-conges",
    alsaceMoselle: "champ-alsace-moselle-0",
    exoneration: "champ-exoneration",
    tauxPAS: "champ-taux-pas",
  };
  return ids[champ];
}

export function FormulaireSimulation({ etat, erreurs, enCours, onChange, onSubmit }: Props) {
  const erreurSalaire = messageDuChamp(erreurs, "salaireHoraire");
  return (
    <form
      className="formulaire"
      noValidate
      aria-labelledby="titre-formulaire"
      onSubmit={(evenement) => {
        evenement.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="titre-formulaire">Votre emploi ce mois-ci</h2>
      <p className="fr-hint-text">Tous les champs sont obligatoires, sauf mention « facultatif ».</p>
      <Input
        label="Mois concerné"
        hintText="Par exemple : janvier 2026 (format AAAA-MM, soit 2026-01)"
        {...etatErreur(messageDuChamp(erreurs, "periode"))}
        nativeInputProps={{
          id: "champ-periode",
          type: "month",
          value: etat.periode,
          onChange: (e) => onChange({ periode: e.target.value }),
        }}
      />
      <ChampDuree
        legende="Temps de travail dans le mois"
        aide="Le total des heures faites par votre salarié, par exemple 10 heures et 30 minutes."
        idHeures="champ-heures"
        idMinutes="champ-minutes"
        heures={etat.heures}
        minutes={etat.minutes}
        erreur={messageDuChamp(erreurs, "duree")}
        onHeures={(heures) => onChange({ heures })}
        onMinutes={(minutes) => onChange({ minutes })}
      />
      <RadioButtons
        id="champ-type-salaire"
        legend="Le salaire horaire que vous connaissez est :"
        name="typeSalaire"
        orientation="horizontal"
        options={[
          {
            label: "Net",
            hintText: "Ce que le salarié reçoit pour une heure",
            nativeInputProps: { checked: etat.typeSalaire === "net", onChange: () => onChange({ typeSalaire: "net" }) },
          },
          {
            label: "Brut",
            hintText: "Avant les cotisations du salarié",
            nativeInputProps: { checked: etat.typeSalaire === "brut", onChange: () => onChange({ typeSalaire: "brut" }) },
          },
        ]}
      />
      <Input
        label={`Salaire ${etat.typeSalaire} pour une heure de travail, en euros`}
        hintText="Par exemple : 12,50"
        {...etatErreur(erreurSalaire)}
        nativeInputProps={{
          id: "champ-salaire",
          inputMode: "decimal",
          autoComplete: "off",
          value: etat.salaireHoraire,
          "aria-invalid": erreurSalaire !== undefined || undefined,
          onChange: (e) => onChange({ salaireHoraire: e.target.value }),
        }}
      />
      <RadioButtons
        id="champ-conges"
        legend="Congés payés"
        hintText="Votre salarié a droit à des congés payés. Comment les payez-vous ?"
        name="congesPayes"
        {...etatErreur(messageDuChamp(erreurs, "congesPayes"))}
        options={[
          {
            label: "Inclus dans le salaire horaire (+ 10 %)",
            hintText: "Le cas le plus courant : le salaire de chaque heure comprend déjà 10 % pour les congés.",
            nativeInputProps: {
              checked: etat.congesPayes === "inclus",
              onChange: () => onChange({ congesPayes: "inclus" }),
            },
          },
          {
            label: "Déclarés à part",
            hintText: "Vous déclarez séparément les heures de congés payés prises dans le mois.",
            nativeInputProps: {
              checked: etat.congesPayes === "a-part",
              onChange: () => onChange({ congesPayes: "a-part" }),
            },
          },
        ]}
      />
      {etat.congesPayes === "a-part" && (
        <ChampDuree
          legende="Heures de congés payés prises ce mois-ci (facultatif)"
          aide="Laissez vide si votre salarié n'a pas pris de congés ce mois-ci."
          idHeures="champ-heures-conges"
          idMinutes="champ-minutes-conges"
          heures={etat.heuresConges}
          minutes={etat.minutesConges}
          erreur={messageDuChamp(erreurs, "dureeConges")}
          onHeures={(heuresConges) => onChange({ heuresConges })}
          onMinutes={(minutesConges) => onChange({ minutesConges })}
        />
      )}
      <Checkbox
        id="champ-alsace-moselle"
        legend="Lieu de travail"
        {...etatErreur(messageDuChamp(erreurs, "alsaceMoselle"))}
        options={[
          {
            label: "Le salarié travaille en Alsace-Moselle (Bas-Rhin, Haut-Rhin ou Moselle)",
            hintText: "Une cotisation maladie supplémentaire s'applique dans ces départements.",
            nativeInputProps: {
              checked: etat.alsaceMoselle,
              onChange: (e) => onChange({ alsaceMoselle: e.target.checked }),
            },
          },
        ]}
      />
      <Select
        label="Exonération de cotisations de l'employeur"
        hint="Certaines situations réduisent les cotisations que vous payez."
        {...etatErreur(messageDuChamp(erreurs, "exoneration"))}
        nativeSelectProps={{
          id: "champ-exoneration",
          value: etat.exoneration,
          onChange: (e) => onChange({ exoneration: e.target.value as Exoneration }),
        }}
      >
        <option value="aucune">Aucune</option>
        <option value="70-ans">Employeur âgé de 70 ans ou plus</option>
        <option value="invalidite">Invalidité, APA ou PCH (aide à l'autonomie ou au handicap)</option>
      </Select>
      <Input
        label="Taux de prélèvement à la source du salarié, en % (facultatif)"
        hintText="Indiqué sur votre espace CESU, par exemple 5,5. Laissez vide pour appliquer le taux neutre."
        {...etatErreur(messageDuChamp(erreurs, "tauxPAS"))}
        nativeInputProps={{
          id: "champ-taux-pas",
          inputMode: "decimal",
          autoComplete: "off",
          value: etat.tauxPAS,
          onChange: (e) => onChange({ tauxPAS: e.target.value }),
        }}
      />
      <Button type="submit" disabled={enCours}>
        {enCours ? "Calcul en cours…" : "Calculer"}
      </Button>
    </form>
  );
}
