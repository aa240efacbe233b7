import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ERREURS, anomalie } from './catalogue.js';

const RACINE = fileURLToPath(new URL('..', import.meta.url));
const CODES = Object.keys(CATALOGUE_ERREURS);

const SERVEUR = fileURLToPath(new URL('../../../../apps/serveur/src', import.meta.url));

/** Sources du moteur (hors tests et outils de test). */
function sources(dossier: string = RACINE): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((f) => {
    const chemin = join(dossier, f.name);
    if (f.isDirectory()) return f.name === 'test-utils' ? [] : sources(chemin);
    return f.name.endsWith('.ts') && !f.name.endsWith('.test.ts') ? [chemin] : [];
  });
}

/** Codes cités dans les sources : anomalie('X', ajoute(erreurs, 'X', code: 'X', code === 'X'. */
const MOTIFS = [/anomalie\(\s*'([A-Z_]+)'/g, /ajoute\(\s*erreurs,\s*'([A-Z_]+)'/g, /code:\s*'([A-Z_]+)'/g, /code\s*===\s*'([A-Z_]+)'/g];
function codesUtilises(fichiers: readonly string[] = sources()): Map<string, string[]> {
  const trouves = new Map<string, string[]>();
  for (const fichier of fichiers) {
    const texte = readFileSync(fichier, 'utf8');
    for (const motif of MOTIFS) {
      for (const m of texte.matchAll(motif)) {
        const code = m[1]!;
        trouves.set(code, [...(trouves.get(code) ?? []), relative(RACINE, fichier)]);
      }
    }
  }
  return trouves;
}

describe('Catalogue des erreurs — chaque code est complet', () => {
  it.each(CODES)('%s : statut, nature, titre et résolution en français', (code) => {
    const e = CATALOGUE_ERREURS[code as keyof typeof CATALOGUE_ERREURS];
    expect(code).toMatch(/^[A-Z][A-Z_]+[A-Z]$/);
    if (e.nature === 'avertissement') expect(e.statut).toBe(200);
    else expect([400, 404, 405, 413, 415, 422, 500]).toContain(e.statut);
    expect(e.titre.length).toBeGreaterThan(5);
    expect(e.titre[0]).toMatch(/[A-ZÉÈÀ]/);
    expect(e.resolution.length).toBeGreaterThan(20);
    expect(e.resolution).toMatch(/[.»)]$/);
    // français : au moins un mot outil français, pas de mots anglais courants
    expect(`${e.titre} ${e.resolution}`).toMatch(/\b(le|la|les|de|du|des|un|une|au|en|à|ou|est|pas)\b/i);
    expect(`${e.titre} ${e.resolution}`).not.toMatch(/\b(the|please|invalid|error|must|should)\b/i);
  });

  it('les titres sont tous différents', () => {
    const titres = CODES.map((c) => CATALOGUE_ERREURS[c as keyof typeof CATALOGUE_ERREURS].titre);
    expect(new Set(titres).size).toBe(titres.length);
  });

  it('anomalie() omet le champ quand il n\'est pas donné', () => {
    expect(anomalie('PERIODE_INVALIDE', 'm')).toEqual({ code: 'PERIODE_INVALIDE', message: 'm' });
    expect(anomalie('PERIODE_INVALIDE', 'm', 'periode')).toEqual({ code: 'PERIODE_INVALIDE', champ: 'periode', message: 'm' });
  });
});

describe('Catalogue des erreurs — concordance avec les sources du moteur', () => {
  const utilises = codesUtilises();

  it('la recherche trouve bien des codes (garde-fou du motif)', () => {
    expect(sources().length).toBeGreaterThan(15);
    expect(utilises.get('SALAIRE_INFERIEUR_SMIC')).toContain(join('cotisations', 'controles.ts'));
    expect(utilises.size).toBeGreaterThan(20);
  });

  it('chaque code utilisé dans packages/moteur/src existe dans le catalogue', () => {
    const inconnus = [...utilises.entries()].filter(([code]) => !CODES.includes(code)).map(([code, f]) => `${code} (${f.join(', ')})`);
    expect(inconnus).toEqual([]);
  });

  it('aucun code mort : chaque code du catalogue est produit par le moteur ou cité par le serveur', () => {
    // Codes du protocole HTTP : produits par apps/serveur (cités en 'CODE' dans ses sources)
    const serveur = sources(SERVEUR).map((f) => readFileSync(f, 'utf8')).join('\n');
    const orphelins = CODES.filter((c) => !utilises.has(c) && !serveur.includes(`'${c}'`));
    expect(orphelins).toEqual([]);
  });
});
