import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ReactNode } from "react";

/** Props d'état DSFR pour un champ : erreur affichée sous le champ, ou rien. */
export function etatErreur(message: string | undefined): {
  state?: "error";
  stateRelatedMessage?: string;
} {
  return message === undefined ? {} : { state: "error", stateRelatedMessage: message };
}

interface PropsDuree {
  legende: string;
  aide: ReactNode;
  idHeures: string;
  idMinutes: string;
  heures: string;
  minutes: string;
  erreur: string | undefined;
  onHeures: (valeur: string) => void;
  onMinutes: (valeur: string) => void;
}

/** Durée saisie en heures + minutes (« 10 h 30 min »). */
export function ChampDuree(props: PropsDuree) {
  const { legende, aide, idHeures, idMinutes, heures, minutes, erreur } = props;
  const idLegende = `${idHeures}-legende`;
  return (
    <fieldset className="fr-fieldset champ-duree" aria-labelledby={idLegende}>
      <legend className="fr-fieldset__legend" id={idLegende}>
        {legende}
        <span className="fr-hint-text">{aide}</span>
      </legend>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <Input
          label="Heures"
          {...etatErreur(erreur)}
          nativeInputProps={{
            id: idHeures,
            name: idHeures,
            inputMode: "decimal",
            autoComplete: "off",
            value: heures,
            "aria-invalid": erreur !== undefined || undefined,
            onChange: (e) => props.onHeures(e.target.value),
          }}
        />
      </div>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <Input
          label="Minutes (de 0 à 59)"
          {...(erreur === undefined ? {} : { state: "error" as const })}
          nativeInputProps={{
            id: idMinutes,
            name: idMinutes,
            type: "number",
            min: 0,
            max: 59,
            step: 1,
            inputMode: "numeric",
            value: minutes,
            "aria-invalid": erreur !== undefined || undefined,
            onChange: (e) => props.onMinutes(e.target.value),
          }}
        />
      </div>
    </fieldset>
  );
}
