/**
 * Test de bout en bout du simulateur : vrai serveur Fastify + vrai navigateur (Chromium de Debian).
 * Prérequis : l'interface est construite (npm run build -w @cesu/web) et /usr/bin/chromium existe.
 * Aucun navigateur n'est téléchargé.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../apps/serveur/src/app.js";

const DOSSIER_WEB = fileURLToPath(new URL("../apps/web/dist", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const DELAI = 60_000;

/** Corps exact que l'interface doit envoyer pour la saisie du test. */
const SAISIE_ATTENDUE = {
  periode: "2026-01",
  minutes: 600,
  salaireHoraireNet: 10.51,
  congesPayes: "inclus",
  alsaceMoselle: false,
  exoneration: "aucune",
};

let app: FastifyInstance | undefined;
let navigateur: Browser | undefined;
let adresse = "";

async function nouvellePage(): Promise<Page> {
  if (navigateur === undefined) throw new Error("Le navigateur n'a pas démarré (voir l'erreur de beforeAll).");
  return navigateur.newPage({ locale: "fr-FR" });
}

/** « 1 234,56 € » → 1234.56 */
function lireEuros(texte: string): number {
  const nettoye = texte.replace(/[^\d,\-−]/g, "").replace("−", "-").replace(",", ".");
  return Number(nettoye);
}

interface ReponseApi {
  netPaye?: number;
  coutEmployeur?: number;
  erreurs?: { champ: string; code: string; message: string }[];
}

async function appelerApi(chemin: string, corps: unknown): Promise<{ statut: number; json: ReponseApi }> {
  const reponse = await fetch(`${adresse}${chemin}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(corps),
  });
  return { statut: reponse.status, json: (await reponse.json()) as ReponseApi };
}

async function remplirFormulaire(page: Page, salaire: string): Promise<void> {
  await page.goto(`${adresse}/simulateur`);
  await page.locator("#champ-periode").fill("2026-01");
  await page.locator("#champ-heures").fill("10");
  await page.locator("#champ-minutes").fill("0");
  await page.getByRole("radio", { name: /^Net/ }).check({ force: true });
  await page.locator("#champ-salaire").fill(salaire);
  await page.getByRole("radio", { name: /^Inclus dans le salaire horaire/ }).check({ force: true });
}

beforeAll(async () => {
  if (!existsSync(`${DOSSIER_WEB}/index.html`)) {
    throw new Error(
      `Interface non construite : ${DOSSIER_WEB}/index.html est introuvable. ` +
        "Lancez d'abord « npm run build -w @cesu/web », puis relancez les tests navigateur.",
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium est introuvable à ${CHROMIUM} : installez le paquet Debian « chromium ».`);
  }
  const serveur = await buildApp({ webDir: DOSSIER_WEB, logger: false });
  app = serveur;
  adresse = await serveur.listen({ port: 0, host: "127.0.0.1" });
  navigateur = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, DELAI);

afterAll(async () => {
  await navigateur?.close();
  await app?.close();
});

describe("simulateur dans le navigateur", () => {
  it(
    "affiche le même salaire net et le même coût employeur que l'API, avec les sources",
    async () => {
      const page = await nouvellePage();
      try {
        await remplirFormulaire(page, "10,51");
        const [requete] = await Promise.all([
          page.waitForRequest((r) => r.url().endsWith("/api/v1/simulations") && r.method() === "POST"),
          page.getByRole("button", { name: "Calculer", exact: true }).click(),
        ]);
        expect(requete.postDataJSON()).toEqual(SAISIE_ATTENDUE);

        const titre = page.locator("#titre-resultat");
        await titre.waitFor({ state: "visible" });
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("titre-resultat");

        const api = await appelerApi("/api/v1/simulations", SAISIE_ATTENDUE);
        expect(api.statut).toBe(200);
        const netAffiche = lireEuros(await page.locator('[data-chiffre="netPaye"]').innerText());
        const coutAffiche = lireEuros(await page.locator('[data-chiffre="coutEmployeur"]').innerText());
        expect(netAffiche).toBe(api.json.netPaye);
        expect(coutAffiche).toBe(api.json.coutEmployeur);

        const sources = page.locator("a.lien-source");
        expect(await sources.count()).toBeGreaterThanOrEqual(1);
        expect(await sources.first().getAttribute("href")).toMatch(/^https?:\/\//);
        expect(await page.locator("[role=status]").first().innerText()).toContain("Calcul terminé");

        if (process.env["E2E_CAPTURE"]) {
          await page.screenshot({ path: process.env["E2E_CAPTURE"], fullPage: true });
        }
      } finally {
        await page.close();
      }
    },
    DELAI,
  );

  it(
    "signale un salaire horaire trop bas et place le focus sur le récapitulatif des erreurs",
    async () => {
      const page = await nouvellePage();
      try {
        await remplirFormulaire(page, "5");
        await page.getByRole("button", { name: "Calculer", exact: true }).click();

        const resume = page.getByTestId("resume-erreurs");
        await resume.waitFor({ state: "visible" });
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
          .toBe("resume-erreurs");

        const api = await appelerApi("/api/v1/simulations", { ...SAISIE_ATTENDUE, salaireHoraireNet: 5 });
        expect(api.statut).toBe(400);
        const erreurs = api.json.erreurs ?? [];
        expect(erreurs.length).toBeGreaterThanOrEqual(1);
        const texteResume = await resume.innerText();
        for (const erreur of erreurs) expect(texteResume).toContain(erreur.message);

        // Le message est aussi affiché sous le champ concerné, et relié à lui.
        const champSalaire = page.locator("#champ-salaire");
        expect(await champSalaire.getAttribute("aria-invalid")).toBe("true");
        const idMessage = await champSalaire.getAttribute("aria-describedby");
        expect(idMessage).toBeTruthy();
        const messageChamp = page.locator(`[id="${idMessage?.split(" ")[0]}"]`);
        expect(await messageChamp.isVisible()).toBe(true);
        const erreurSalaire = erreurs.find((e) => e.champ === "salaireHoraireNet");
        if (erreurSalaire) expect(await messageChamp.innerText()).toContain(erreurSalaire.message);
        expect(await page.getByTestId("resultat").count()).toBe(0);
      } finally {
        await page.close();
      }
    },
    DELAI,
  );
});
