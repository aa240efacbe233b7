import { useCallback, useState, type ReactNode } from "react";

/**
 * Zone « aria-live » invisible : le texte annoncé est lu par les lecteurs
 * d'écran sans déplacer le focus. Le contenu est vidé puis rempli pour que
 * deux annonces identiques successives soient bien relues.
 */
export function useAnnonce(): { annoncer: (message: string) => void; zone: ReactNode } {
  const [message, setMessage] = useState("");
  const annoncer = useCallback((texte: string) => {
    setMessage("");
    window.setTimeout(() => setMessage(texte), 50);
  }, []);
  const zone = (
    <div className="fr-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
  return { annoncer, zone };
}
