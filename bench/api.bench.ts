/**
 * Banc d'essai de l'API : POST /api/v1/simulations de bout en bout (HTTP, validation du schéma,
 * moteur, sérialisation de la réponse), avec autocannon.
 *
 * Déroulé : démarre le vrai serveur (bench/serveur-banc.ts → buildApp({ logger: false })) dans un
 * processus à part, sur 127.0.0.1 et un port libre ; attend GET /health ; vérifie qu'une requête
 * rend 200 ; chauffe WARMUP s ; mesure DURATION s avec CONNECTIONS connexions et PIPELINING
 * requêtes en vol par connexion, toujours le même corps JSON ; affiche requêtes/s (moyenne),
 * latences p50/p99, erreurs et réponses non 2xx ; arrête le serveur. Un garde-fou tue tout au-delà
 * de la durée prévue + 60 s.
 *
 * Le générateur de charge tourne sur la même machine (2 cœurs) : les chiffres sont un ordre de
 * grandeur du débit d'un seul processus serveur, pas une capacité de production.
 *
 * Lancer (depuis la racine) : npx tsx bench/api.bench.ts
 * Réglages : CONNECTIONS=32 DURATION=10 PIPELINING=1 WARMUP=2 (valeurs par défaut).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const RACINE = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = Number(process.env['CONNECTIONS'] ?? 32);
const DURATION = Number(process.env['DURATION'] ?? 10);
const PIPELINING = Number(process.env['PIPELINING'] ?? 1);
const WARMUP = Number(process.env['WARMUP'] ?? 2);
const CORPS = JSON.stringify({ periode: '2026-01', heures: 10, salaireHoraireNet: 10.51 });
const CHEMIN = '/api/v1/simulations';

/** Démarre le serveur et rend son adresse dès qu'il écoute (au plus 30 s). */
function demarreServeur(): Promise<{ enfant: ChildProcess; adresse: string }> {
  const enfant = spawn(process.execPath, ['--import', 'tsx', 'bench/serveur-banc.ts'], {
    cwd: RACINE,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resoudre, rejeter) => {
    const delai = setTimeout(() => rejeter(new Error('Le serveur n’a pas démarré en 30 s')), 30_000);
    enfant.once('exit', (code) => rejeter(new Error(`Le serveur s’est arrêté au démarrage (code ${code})`)));
    createInterface({ input: enfant.stdout as NodeJS.ReadableStream }).on('line', (ligne) => {
      const trouve = /^ADRESSE (\S+)$/.exec(ligne);
      if (trouve?.[1] !== undefined) {
        clearTimeout(delai);
        resoudre({ enfant, adresse: trouve[1] });
      }
    });
  });
}

async function attendsSante(adresse: string): Promise<void> {
  const limite = Date.now() + 15_000;
  for (;;) {
    try {
      const r = await fetch(`${adresse}/health`);
      if (r.ok) return;
    } catch {
      // pas encore prêt
    }
    if (Date.now() > limite) throw new Error('GET /health ne répond pas 200');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Temps processeur (utilisateur + système) consommé par un processus, en secondes (Linux). */
function tempsProcesseur(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const champs = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
    if (champs === undefined) return undefined;
    return (Number(champs[11]) + Number(champs[12])) / 100; // utime, stime en tops de 10 ms
  } catch {
    return undefined;
  }
}

const entier = (n: number): string => Math.round(n).toLocaleString('fr-FR');

async function main(): Promise<void> {
  const { enfant, adresse } = await demarreServeur();
  const arrete = (): void => {
    if (enfant.exitCode === null) enfant.kill('SIGTERM');
  };
  const gardeFou = setTimeout(() => {
    console.error('Banc trop long : arrêt forcé');
    enfant.kill('SIGKILL');
    process.exit(1);
  }, (WARMUP + DURATION + 90) * 1000);
  gardeFou.unref();
  process.once('exit', arrete);

  try {
    await attendsSante(adresse);
    const url = `${adresse}${CHEMIN}`;
    const essai = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: CORPS });
    const taille = (await essai.text()).length;
    if (essai.status !== 200) throw new Error(`POST ${CHEMIN} rend ${essai.status}, pas 200`);

    const options = {
      url,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: CORPS,
      connections: CONNECTIONS,
      pipelining: PIPELINING,
    };
    console.log('Banc d’essai de l’API CESU');
    console.log(`  Node ${process.version}, ${os.cpus()[0]?.model ?? 'processeur inconnu'}, ${os.cpus().length} cœurs ; serveur et autocannon sur la même machine`);
    console.log(`  POST ${CHEMIN}  corps ${CORPS}  (réponse : ${entier(taille)} octets)`);
    console.log(`  ${CONNECTIONS} connexions, pipelining ${PIPELINING}, chauffe ${WARMUP} s puis mesure ${DURATION} s\n`);

    if (WARMUP > 0) await autocannon({ ...options, duration: WARMUP });
    const cpuAvant = tempsProcesseur(enfant.pid);
    const r = await autocannon({ ...options, duration: DURATION });
    const cpuApres = tempsProcesseur(enfant.pid);

    console.log(`Requêtes/s (moyenne)   ${entier(r.requests.average)}   [écart type ${entier(r.requests.stddev)}, min ${entier(r.requests.min)}, max ${entier(r.requests.max)}]`);
    console.log(`Latence p50            ${r.latency.p50} ms`);
    console.log(`Latence p99            ${r.latency.p99} ms   (moyenne ${r.latency.average} ms, max ${r.latency.max} ms)`);
    console.log(`Requêtes               ${entier(r['2xx'])} en 2xx sur ${entier(r.requests.sent)} envoyées en ${r.duration} s`);
    console.log(`Erreurs                ${r.errors} (dont ${r.timeouts} délais dépassés), non 2xx : ${r.non2xx}, connexions réinitialisées : ${r.resets}`);
    console.log(`Débit                  ${(r.throughput.average / 1_048_576).toFixed(1)} Mio/s`);
    if (cpuAvant !== undefined && cpuApres !== undefined) {
      console.log(`Processeur du serveur  ${Math.round((100 * (cpuApres - cpuAvant)) / r.duration)} % d’un cœur pendant la mesure`);
    }
  } finally {
    arrete();
  }
}

await main();
