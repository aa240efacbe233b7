/**
 * Banc d'essai du moteur de cotisations (un seul fil, aucune entrée-sortie).
 *
 * Ce qu'il mesure, en bulletins complets par seconde :
 *   (a) calculeBulletin(declaration, { details: false }) — totaux seuls ;
 *   (b) calculeBulletin(declaration, { details: true })  — toutes les lignes, explications et sources
 *       (cible : ≥ 500 000 bulletins/s) ;
 *   (c) simule(entree) — de la saisie « API » (euros décimaux) à l'objet JSON (lecture + calcul + mise en forme) ;
 *   (d) JSON.stringify(simule(entree)) — (c) plus la sérialisation, ce que fait le serveur en plus du routage.
 *
 * Deux débits par cas : rapporté au temps écoulé (horloge murale, la référence) et au temps processeur du
 * processus (process.cpuUsage) ; le second reste juste quand d'autres processus occupent la machine (il
 * compte aussi les fils du ramasse-miettes, donc il est plutôt prudent).
 *
 * Méthode : 1 024 saisies variées (graine fixe) couvrant 2025-01 à 2026-12, heures ou minutes, net ou brut,
 * congés inclus ou à part, Alsace-Moselle, exonérations, taux PAS personnalisés ou neutres, crédit d'impôt…
 * Elles sont lues une fois par lisEntreeSimulation (hors mesure) ; seules celles qui donnent un bulletin sont
 * gardées. Chaque cas tourne d'abord à vide (chauffe du JIT), puis ROUNDS tours d'au moins ROUND_MS ms (de temps
 * écoulé et de temps processeur) ;
 * on affiche la médiane, le min et le max (bulletins/s et ns/bulletin). Un total de contrôle accumule des
 * montants de chaque résultat pour que le travail ne puisse pas être éliminé par l'optimiseur.
 *
 * Lancer (depuis la racine) :
 *   npx tsx bench/moteur.bench.ts                 # moteur compilé par tsc (packages/moteur/dist, reconstruit)
 *   MOTEUR=src npx tsx bench/moteur.bench.ts      # sources TypeScript via tsx (comparaison)
 *   MOTEUR=/chemin/vers/index.js npx tsx bench/moteur.bench.ts   # une variante compilée du moteur
 *   NO_BUILD=1                                     # ne pas reconstruire packages/moteur/dist
 *   ROUNDS=5 ROUND_MS=1000 WARMUP_MS=1500          # réglages (valeurs par défaut)
 *   CAS=b                                          # un seul cas (a, b, c ou d), pour profiler :
 *   CAS=b node --import tsx --cpu-prof --cpu-prof-dir=/tmp/profils bench/moteur.bench.ts
 *
 * Les chiffres de référence et la façon de les lire sont dans docs/performance.md.
 * Rien n'est asserté : le banc affiche, il n'échoue pas sur un seuil.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Moteur = typeof import('../packages/moteur/src/index.js');
type EntreeSimulation = import('../packages/moteur/src/index.js').EntreeSimulation;
type DeclarationCalculable = import('../packages/moteur/src/index.js').DeclarationCalculable;

const RACINE = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env['ROUNDS'] ?? 5);
const ROUND_MS = Number(process.env['ROUND_MS'] ?? 1000);
const WARMUP_MS = Number(process.env['WARMUP_MS'] ?? 1500);
const NB_ENTREES = 1024; // puissance de 2 : l'indice tourne par masque, sans modulo
const CIBLE_DETAILS = 500_000;

/** Le moteur compilé par tsc (par défaut) ou les sources TypeScript (MOTEUR=src, via tsx). */
async function chargeMoteur(): Promise<{ moteur: Moteur; origine: string }> {
  const choix = process.env['MOTEUR'] ?? 'dist';
  if (choix === 'src') {
    return { moteur: await import('../packages/moteur/src/index.js'), origine: 'packages/moteur/src (TypeScript via tsx)' };
  }
  if (choix.endsWith('.js')) {
    return { moteur: (await import(pathToFileURL(choix).href)) as Moteur, origine: `${choix} (variante à comparer)` };
  }
  if (choix !== 'dist') throw new Error(`MOTEUR=${choix} : valeurs possibles « dist », « src » ou le chemin d'un index.js`);
  const index = `${RACINE}packages/moteur/dist/index.js`;
  // Toujours reconstruire (≈ 2 s) : un dist périmé mesurerait un autre moteur que les sources. NO_BUILD=1 pour s'en passer.
  if (process.env['NO_BUILD'] !== '1') {
    console.log('Construction du moteur : npx tsc -p packages/moteur/tsconfig.build.json');
    try {
      execFileSync('npx', ['tsc', '-p', 'packages/moteur/tsconfig.build.json'], { cwd: RACINE, stdio: 'inherit' });
    } catch {
      if (!existsSync(index)) throw new Error('La construction du moteur a échoué et packages/moteur/dist/index.js est absent');
      console.warn('ATTENTION : tsc a signalé des erreurs ; le JavaScript émis est mesuré quand même.');
    }
  }
  return { moteur: (await import(pathToFileURL(index).href)) as Moteur, origine: 'packages/moteur/dist (JavaScript compilé par tsc)' };
}

/** Générateur pseudo-aléatoire déterministe (mulberry32) : mêmes saisies à chaque lancement. */
function aleatoire(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function genereEntrees(moteur: Moteur): { entrees: EntreeSimulation[]; declarations: DeclarationCalculable[]; rejets: Map<string, number> } {
  const hasard = aleatoire(20261123);
  const entier = (min: number, max: number): number => min + Math.floor(hasard() * (max - min + 1));
  const parmi = <T>(valeurs: readonly T[]): T => valeurs[Math.floor(hasard() * valeurs.length)] as T;
  const mois = (rang: number): string => `${2025 + Math.floor(rang / 12)}-${String((rang % 12) + 1).padStart(2, '0')}`;
  const entrees: EntreeSimulation[] = [];
  const declarations: DeclarationCalculable[] = [];
  const rejets = new Map<string, number>();
  while (entrees.length < NB_ENTREES) {
    const rang = entier(0, 23);
    const e: Record<string, unknown> = { periode: mois(rang) };
    if (rang < 23 && hasard() < 0.3) e['moisPaiement'] = mois(rang + 1);
    // Heures décimales formant un nombre entier de minutes (multiples de 0,05 h = 3 min), ou minutes.
    if (hasard() < 0.8) e['heures'] = (entier(20, 3_200) * 5) / 100; // 1 h à 160 h
    else e['minutes'] = entier(30, 9_000);
    const aPart = hasard() < 0.35;
    if (aPart) {
      e['congesPayes'] = 'a-part';
      if (hasard() < 0.5) e['heuresCongesPayes'] = (entier(10, 300) * 5) / 100;
    } else if (hasard() < 0.5) e['congesPayes'] = 'inclus';
    // Salaires usuels pour 90 % des saisies, hauts (au-delà du plafond horaire de la sécurité sociale) pour 10 %.
    const haut = hasard() < 0.1;
    if (hasard() < 0.55) e['salaireHoraireNet'] = (haut ? entier(2_000, 3_000) : entier(1_000, 2_000)) / 100;
    else e['salaireHoraireBrut'] = (haut ? entier(2_600, 3_800) : entier(1_300, 2_600)) / 100;
    const territoire = hasard();
    if (territoire < 0.1) e['alsaceMoselle'] = true;
    else if (territoire < 0.2) e['departement'] = parmi(['57', '67', '68']);
    else if (territoire < 0.4) e['departement'] = parmi(['75', '13', '69', '2A', '33', '59']);
    const exo = hasard();
    if (exo < 0.15) e['exoneration'] = '70-ans';
    else if (exo < 0.25) e['exoneration'] = 'invalidite';
    if (hasard() < 0.5) e['tauxPAS'] = entier(0, 4_300) / 10_000;
    if (hasard() < 0.3) e['situationCreditImpot'] = parmi(['general', 'premiere-annee', 'invalidite']);
    if (hasard() < 0.2) e['majorationsCreditImpot'] = entier(0, 6);
    if (hasard() < 0.3) e['cumulDepensesAnnee'] = entier(0, 1_500_000) / 100;
    if (hasard() < 0.2) e['cumulAvanceImmediateAnnee'] = entier(0, 700_000) / 100;
    if (hasard() < 0.1) e['aidesRecues'] = entier(0, 30_000) / 100;
    if (hasard() < 0.15) e['avanceImmediate'] = false;
    if (hasard() < 0.1) e['cstDejaFactureeMois'] = entier(0, 600) / 100;
    const lu = moteur.lisEntreeSimulation(e);
    // Ne garder que les saisies qui aboutissent à un bulletin : on mesure des bulletins complets.
    const r = lu.ok ? moteur.calculeBulletin(lu.valeur, { details: false }) : lu;
    if (!r.ok || !lu.ok) {
      const code = r.ok ? '?' : (r.erreurs[0]?.code ?? '?');
      rejets.set(code, (rejets.get(code) ?? 0) + 1);
      continue;
    }
    entrees.push(e);
    declarations.push(lu.valeur);
  }
  return { entrees, declarations, rejets };
}

interface Cas {
  readonly nom: string;
  /** Calcule `n` bulletins à partir de l'indice `depart` ; rend un total de contrôle. */
  readonly lot: (depart: number, n: number) => number;
}

interface Mesure {
  readonly nom: string;
  /** Débit de chaque tour rapporté au temps écoulé (horloge murale). */
  readonly mural: number[];
  /** Débit de chaque tour rapporté au temps processeur du processus : moins sensible aux autres charges. */
  readonly processeur: number[];
}

const LOT = 4_096;

const tempsProcesseurNs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1_000;
};

/**
 * Tourne jusqu'à `dureeMs` de temps processeur (et au moins autant de temps écoulé) ; rend le débit
 * (bulletins/s) rapporté au temps écoulé et au temps processeur.
 */
function tour(cas: Cas, dureeMs: number, controle: { somme: number }): { mural: number; processeur: number } {
  const dureeNs = dureeMs * 1e6;
  let n = 0;
  const debut = process.hrtime.bigint();
  const debutCpu = tempsProcesseurNs();
  let ecoule = 0;
  let cpu = 0;
  do {
    controle.somme += cas.lot(n, LOT);
    n += LOT;
    ecoule = Number(process.hrtime.bigint() - debut);
    cpu = tempsProcesseurNs() - debutCpu;
  } while (cpu < dureeNs || ecoule < dureeNs);
  return { mural: n / (ecoule / 1e9), processeur: n / (cpu / 1e9) };
}

function mediane(valeurs: readonly number[]): number {
  const tri = [...valeurs].sort((x, y) => x - y);
  const milieu = tri.length >> 1;
  return tri.length % 2 === 1 ? (tri[milieu] as number) : ((tri[milieu - 1] as number) + (tri[milieu] as number)) / 2;
}

const format = (n: number, decimales = 0): string =>
  n.toLocaleString('fr-FR', { minimumFractionDigits: decimales, maximumFractionDigits: decimales });

async function main(): Promise<void> {
  const { moteur, origine } = await chargeMoteur();
  const { calculeBulletin, simule } = moteur;
  const { entrees, declarations, rejets } = genereEntrees(moteur);
  const masque = NB_ENTREES - 1;

  console.log('Banc d’essai du moteur CESU');
  console.log(`  Node ${process.version} (V8 ${process.versions.v8}), ${os.cpus()[0]?.model ?? 'processeur inconnu'}, ${os.cpus().length} cœurs — un seul fil`);
  console.log(`  Moteur : ${origine}`);
  console.log(`  ${NB_ENTREES} saisies variées ; saisies générées rejetées par le moteur et écartées : ${[...rejets].map(([code, n]) => `${code} ${n}`).join(', ') || 'aucune'}`);
  const avertissements = new Map<string, number>();
  for (const d of declarations) {
    const r = calculeBulletin(d, { details: false });
    if (r.ok) for (const a of r.valeur.avertissements) avertissements.set(a.code, (avertissements.get(a.code) ?? 0) + 1);
  }
  const net = declarations.filter((d) => d.salaireHoraire.nature === 'net').length;
  console.log(`  dont ${net} en salaire net, ${declarations.filter((d) => d.alsaceMoselle).length} en Alsace-Moselle, ${declarations.filter((d) => d.exoneration !== 'aucune').length} avec exonération, ${declarations.filter((d) => d.congesPayes === 'a-part').length} congés à part, ${declarations.filter((d) => d.tauxPAS !== null).length} taux PAS personnalisé`);
  console.log(`  avertissements : ${[...avertissements].map(([code, n]) => `${code} ${n}`).join(', ') || 'aucun'}`);
  console.log(`  Chauffe ${WARMUP_MS} ms par cas, puis ${ROUNDS} tours d'au moins ${ROUND_MS} ms\n`);

  const sansDetails = { details: false } as const;
  const avecDetails = { details: true } as const;
  const cas: Cas[] = [
    {
      nom: '(a) calculeBulletin, details: false',
      lot: (depart, n) => {
        let s = 0;
        for (let i = depart; i < depart + n; i++) {
          const r = calculeBulletin(declarations[i & masque] as DeclarationCalculable, sansDetails);
          if (r.ok) s += r.valeur.netPaye + r.valeur.coutEmployeur;
        }
        return s;
      },
    },
    {
      nom: '(b) calculeBulletin, details: true',
      lot: (depart, n) => {
        let s = 0;
        for (let i = depart; i < depart + n; i++) {
          const r = calculeBulletin(declarations[i & masque] as DeclarationCalculable, avecDetails);
          if (r.ok) s += r.valeur.netPaye + r.valeur.lignes.length + (r.valeur.lignes[i % r.valeur.lignes.length]?.montant ?? 0);
        }
        return s;
      },
    },
    {
      nom: '(c) simule (saisie → objet JSON)',
      lot: (depart, n) => {
        let s = 0;
        for (let i = depart; i < depart + n; i++) {
          const r = simule(entrees[i & masque] as EntreeSimulation);
          if (r.ok) s += r.valeur.netPaye + r.valeur.lignes.length;
        }
        return s;
      },
    },
    {
      nom: '(d) JSON.stringify(simule)',
      lot: (depart, n) => {
        let s = 0;
        for (let i = depart; i < depart + n; i++) s += JSON.stringify(simule(entrees[i & masque] as EntreeSimulation)).length;
        return s;
      },
    },
  ];

  const controle = { somme: 0 };
  const mesures: Mesure[] = [];
  const choisis = process.env['CAS']?.split(',');
  const ligne = (debits: readonly number[]): string => {
    const med = mediane(debits);
    return `${format(med).padStart(9)} bulletins/s ${format(1e9 / med).padStart(7)} ns  [${format(Math.min(...debits))} – ${format(Math.max(...debits))}]`;
  };
  console.log(`${'Cas'.padEnd(38)} ${'Horloge murale : médiane, ns/bulletin [min – max]'.padEnd(62)} Temps processeur : médiane, ns/bulletin [min – max]`);
  for (const c of cas) {
    if (choisis !== undefined && !choisis.some((x) => c.nom.startsWith(`(${x})`))) continue;
    tour(c, WARMUP_MS, controle);
    const mural: number[] = [];
    const processeur: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t = tour(c, ROUND_MS, controle);
      mural.push(t.mural);
      processeur.push(t.processeur);
    }
    mesures.push({ nom: c.nom, mural, processeur });
    console.log(`${c.nom.padEnd(38)} ${ligne(mural).padEnd(62)} ${ligne(processeur)}`);
  }

  const b = mesures.find((m) => m.nom.startsWith('(b)'));
  const [charge1] = os.loadavg();
  console.log(`\nCharge moyenne de la machine (1 min) : ${(charge1 ?? 0).toFixed(2)} pour ${os.cpus().length} cœurs${(charge1 ?? 0) > 1.5 ? ' — machine occupée : le débit « horloge murale » est sous-estimé, voir « temps processeur »' : ''}`);
  if (b !== undefined) {
    const details = mediane(b.mural);
    console.log(
      `\nCible (b) ≥ ${format(CIBLE_DETAILS)} bulletins/s : ${details >= CIBLE_DETAILS ? 'atteinte' : 'NON atteinte'} (${format((100 * details) / CIBLE_DETAILS)} %)`,
    );
  }
  console.log(`Total de contrôle : ${controle.somme}`);
}

await main();
