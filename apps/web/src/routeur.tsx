import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/** Routeur minimal fondé sur l'historique du navigateur (pas de dépendance). */
const EVENEMENT = "cesu:navigation";

function abonner(rappel: () => void): () => void {
  window.addEventListener("popstate", rappel);
  window.addEventListener(EVENEMENT, rappel);
  return () => {
    window.removeEventListener("popstate", rappel);
    window.removeEventListener(EVENEMENT, rappel);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(abonner, () => window.location.pathname);
}

export function naviguer(chemin: string): void {
  window.history.pushState(null, "", chemin);
  window.dispatchEvent(new Event(EVENEMENT));
  window.scrollTo(0, 0);
}

/** Vrai pour un lien interne géré par l'application (pas l'API ni un fichier). */
function estRouteInterne(href: string | undefined): href is string {
  return href !== undefined && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/api");
}

/** Lien utilisé par les composants DSFR : navigation sans rechargement pour les pages de l'application. */
export function Lien(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { href, onClick, target, children, ...reste } = props;
  const auClic = (evenement: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(evenement);
    if (
      evenement.defaultPrevented ||
      !estRouteInterne(href) ||
      target === "_blank" ||
      evenement.button !== 0 ||
      evenement.metaKey ||
      evenement.ctrlKey ||
      evenement.shiftKey ||
      evenement.altKey
    ) {
      return;
    }
    evenement.preventDefault();
    naviguer(href);
  };
  return (
    <a href={href} target={target} onClick={auClic} {...reste}>
      {children}
    </a>
  );
}
