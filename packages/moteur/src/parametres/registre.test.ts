import { describe, expect, it } from 'vitest';
import sources from './donnees/sources.json' with { type: 'json' };
import { parametresDuMois } from './parametres-mois.js';
import { DERNIER_MOIS_COUVERT, FICHIERS_PARAMETRES, IDS_PARAMETRES, PREMIER_MOIS_COUVERT, valeurEnVigueur, type IdParametre } from './registre.js';
import type { Tranche } from './types.js';

const UNITES = ['centimes', 'millioniemes', 'heures', 'nombre', 'bareme'];
const SOURCES: Record<string, { titre: string; url: string }> = sources;
const mois = (annee: number, m: number) => ({ annee, mois: m });
const valeur = (id: IdParametre, annee: number, m: number) => valeurEnVigueur(id, mois(annee, m))?.valeur;

describe('Registre des paramètres datés — intégrité des fichiers (référentiel, conventions et § 13)', () => {
  describe.each(FICHIERS_PARAMETRES.map((f) => [f.dateEffet, f] as const))('fichier %s', (_date, fichier) => {
    it('ne porte que des identifiants connus', () => {
      const inconnus = Object.keys(fichier.valeurs).filter((id) => !(IDS_PARAMETRES as string[]).includes(id));
      expect(inconnus).toEqual([]);
    });
    it('a des unités valides, un statut confirme ou a-verifier, au moins une source', () => {
      for (const [id, d] of Object.entries(fichier.valeurs)) {
        expect(UNITES, id).toContain(d.unite);
        expect(['confirme', 'a-verifier'], id).toContain(d.statut);
        expect(d.sources.length, id).toBeGreaterThan(0);
      }
    });
    it('cite des sources qui existent dans sources.json avec une URL https', () => {
      for (const [id, d] of Object.entries(fichier.valeurs)) {
        for (const cle of d.sources) {
          expect(SOURCES[cle], `${id} → ${cle}`).toBeDefined();
          expect(SOURCES[cle]?.url, `${id} → ${cle}`).toMatch(/^https:\/\/[^\s]+$/);
        }
      }
    });
    it('a des valeurs cohérentes avec leur unité', () => {
      for (const [id, d] of Object.entries(fichier.valeurs)) {
        if (d.unite === 'bareme') {
          expect(Array.isArray(d.valeur), id).toBe(true);
          const grille = d.valeur as readonly Tranche[];
          // bornes strictement croissantes, dernière tranche ouverte, taux croissants
          for (let i = 1; i < grille.length - 1; i++) expect(grille[i]!.jusqua!).toBeGreaterThan(grille[i - 1]!.jusqua!);
          for (let i = 1; i < grille.length; i++) expect(grille[i]!.taux).toBeGreaterThan(grille[i - 1]!.taux);
          expect(grille.at(-1)?.jusqua).toBeNull();
          expect(grille.slice(0, -1).every((tr) => Number.isInteger(tr.jusqua))).toBe(true);
        } else {
          expect(Number.isInteger(d.valeur), id).toBe(true);
          expect(d.valeur as number, id).toBeGreaterThan(0);
        }
      }
    });
  });

  it('le premier fichier est complet : il définit tous les identifiants', () => {
    const premier = FICHIERS_PARAMETRES[0]!;
    expect(premier.dateEffet).toBe('2025-01-01');
    expect(Object.keys(premier.valeurs).sort()).toEqual([...IDS_PARAMETRES].sort());
    expect(IDS_PARAMETRES.length).toBe(45);
  });

  it('les dates d\'effet sont des dates AAAA-MM-01 strictement croissantes', () => {
    const dates = FICHIERS_PARAMETRES.map((f) => f.dateEffet);
    for (const d of dates) expect(d).toMatch(/^\d{4}-(0[1-9]|1[0-2])-01$/);
    for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!).toBe(true);
  });

  it('la couverture va de 2025-01 à 2026-12', () => {
    expect(PREMIER_MOIS_COUVERT).toEqual({ annee: 2025, mois: 1 });
    expect(DERNIER_MOIS_COUVERT).toEqual({ annee: 2026, mois: 12 });
  });
});

describe('valeurEnVigueur — la dernière date d\'effet au plus tard le 1er du mois (référentiel § 2)', () => {
  it('vieillesse déplafonnée employeur : 2,02 % en décembre 2025, 2,11 % en janvier 2026 (ligne 4)', () => {
    expect(valeur('taux.vieillesse-deplafonnee.employeur', 2025, 12)).toBe(20_200);
    expect(valeur('taux.vieillesse-deplafonnee.employeur', 2026, 1)).toBe(21_100);
    const trace = valeurEnVigueur('taux.vieillesse-deplafonnee.employeur', mois(2026, 1));
    expect(trace?.dateEffet).toBe('2026-01-01');
    expect(trace?.sources.map((s) => s.cle)).toEqual(['MODELE-SOCIAL', 'FT-2026']);
  });

  it('AT/MP : 2,10 % en avril 2025, 2,18 % en mai 2025, 2,06 % en janvier 2026 (ligne 6)', () => {
    expect(valeur('taux.accidents-travail.employeur', 2025, 4)).toBe(21_000);
    expect(valeur('taux.accidents-travail.employeur', 2025, 5)).toBe(21_800);
    expect(valeur('taux.accidents-travail.employeur', 2025, 12)).toBe(21_800);
    expect(valeur('taux.accidents-travail.employeur', 2026, 1)).toBe(20_600);
    expect(valeurEnVigueur('taux.accidents-travail.employeur', mois(2025, 5))?.statut).toBe('a-verifier');
  });

  it('chômage : 4,05 % jusqu\'en avril 2025, 4,00 % dès mai 2025 (ligne 11)', () => {
    expect(valeur('taux.chomage.employeur', 2025, 4)).toBe(40_500);
    expect(valeur('taux.chomage.employeur', 2025, 5)).toBe(40_000);
  });

  it('grille du taux neutre : grille 2024 en avril 2025, grille 2025 dès mai 2025, 2026 en janvier (§ 8)', () => {
    const premiereBorne = (a: number, m: number) => (valeur('pas.grille-taux-neutre', a, m) as Tranche[])[0]?.jusqua;
    expect(premiereBorne(2025, 1)).toBe(159_100); // 1 591 €
    expect(premiereBorne(2025, 4)).toBe(159_100);
    expect(premiereBorne(2025, 5)).toBe(162_000); // 1 620 €
    expect(premiereBorne(2025, 12)).toBe(162_000);
    expect(premiereBorne(2026, 1)).toBe(163_500); // 1 635 €
    const grille2025 = valeur('pas.grille-taux-neutre', 2025, 5) as Tranche[];
    expect(grille2025).toHaveLength(20);
    expect(grille2025[18]).toEqual({ jusqua: 5_506_200, taux: 380_000 }); // 55 062 € → 38 %
  });

  it('SMIC horaire : 11,88 € en 2025, 12,02 € de janvier à mai 2026, 12,31 € dès juin 2026 (§ 1.2)', () => {
    expect(valeur('smic.horaire', 2025, 1)).toBe(1188);
    expect(valeur('smic.horaire', 2025, 12)).toBe(1188);
    expect(valeur('smic.horaire', 2026, 1)).toBe(1202);
    expect(valeur('smic.horaire', 2026, 5)).toBe(1202);
    expect(valeur('smic.horaire', 2026, 6)).toBe(1231);
    expect(valeur('smic.horaire', 2026, 12)).toBe(1231);
  });

  it('PSS mensuel : 3 925 € en 2025, 4 005 € en 2026 (§ 1.1)', () => {
    expect(valeur('pss.mensuel', 2025, 7)).toBe(392_500);
    expect(valeur('pss.mensuel', 2026, 7)).toBe(400_500);
    expect(valeur('pss.horaire', 2026, 7)).toBe(3_000);
  });

  it('rend undefined avant la première date d\'effet', () => {
    expect(valeurEnVigueur('smic.horaire', mois(2024, 12))).toBeUndefined();
  });
});

describe('Taux du référentiel § 2 (en millionièmes : 6,90 % = 69 000), par période', () => {
  // [id, 01–04/2025, 05–12/2025, 2026] — colonnes du tableau § 2
  const TABLE: [IdParametre, number, number, number][] = [
    ['taux.maladie.employeur', 130_000, 130_000, 130_000],
    ['taux.csa.employeur', 3_000, 3_000, 3_000],
    ['taux.vieillesse-plafonnee.salarie', 69_000, 69_000, 69_000],
    ['taux.vieillesse-plafonnee.employeur', 85_500, 85_500, 85_500],
    ['taux.vieillesse-deplafonnee.salarie', 4_000, 4_000, 4_000],
    ['taux.vieillesse-deplafonnee.employeur', 20_200, 20_200, 21_100],
    ['taux.allocations-familiales.employeur', 52_500, 52_500, 52_500],
    ['taux.accidents-travail.employeur', 21_000, 21_800, 20_600],
    ['taux.fnal.employeur', 1_000, 1_000, 1_000],
    ['taux.retraite-complementaire-t1.salarie', 31_500, 31_500, 31_500],
    ['taux.retraite-complementaire-t1.employeur', 47_200, 47_200, 47_200],
    ['taux.ceg-t1.salarie', 8_600, 8_600, 8_600],
    ['taux.ceg-t1.employeur', 12_900, 12_900, 12_900],
    ['taux.prevoyance.salarie', 10_400, 10_400, 10_400],
    ['taux.prevoyance.employeur', 24_500, 24_500, 24_500],
    ['taux.chomage.employeur', 40_500, 40_000, 40_000],
    ['taux.formation-professionnelle.employeur', 8_500, 8_500, 8_500],
    ['taux.dialogue-social.employeur', 160, 160, 160],
    ['taux.csg-deductible.salarie', 68_000, 68_000, 68_000],
    ['taux.csg-non-deductible.salarie', 24_000, 24_000, 24_000],
    ['taux.crds.salarie', 5_000, 5_000, 5_000],
    ['taux.sante-travail.employeur', 27_000, 27_000, 27_000],
    ['taux.alsace-moselle.salarie', 13_000, 13_000, 13_000],
    ['csg.assiette', 982_500, 982_500, 982_500],
  ];
  it.each(TABLE)('%s : %i / %i / %i', (id, t1, t2, t3) => {
    expect([valeur(id, 2025, 4), valeur(id, 2025, 5), valeur(id, 2026, 1)]).toEqual([t1, t2, t3]);
  });

  it('total employeur 44,696 % / 44,726 % / 44,696 % (tableau des totaux § 2)', () => {
    const employeur = TABLE.filter(([id]) => id.endsWith('.employeur') && id !== 'taux.sante-travail.employeur');
    const total = (i: 1 | 2 | 3) => employeur.reduce((s, l) => s + l[i], 0);
    expect([total(1), total(2), total(3)]).toEqual([446_960, 447_260, 446_960]);
  });
});

describe('parametresDuMois — chaque mois couvert a tous ses paramètres', () => {
  const tous: [number, number][] = [];
  for (let a = 2025; a <= 2026; a++) for (let m = 1; m <= 12; m++) tous.push([a, m]);

  it.each(tous)('%i-%i : ok, toutes les valeurs et leur trace', (a, m) => {
    const r = parametresDuMois(mois(a, m));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const id of IDS_PARAMETRES) {
      expect(r.valeur.trace[id], id).toBeDefined();
      if (id !== 'pas.grille-taux-neutre') expect(typeof r.valeur.nombre[id], id).toBe('number');
    }
    expect(r.valeur.grilleTauxNeutre.length).toBe(20);
  });

  it('PARAMETRE_MANQUANT avant janvier 2025, sur le champ periode', () => {
    const r = parametresDuMois(mois(2024, 12));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs.map((e) => [e.code, e.champ])).toEqual([['PARAMETRE_MANQUANT', 'periode']]);
    expect(r.erreurs[0]?.message).toContain('smic.horaire');
  });
});
