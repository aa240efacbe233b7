/**
 * Lance le vrai serveur (buildApp d'apps/serveur) pour le banc d'essai de l'API, sans journal,
 * sur 127.0.0.1 et un port libre choisi par le système. Écrit « ADRESSE <url> » sur la sortie
 * standard quand il écoute ; s'arrête proprement sur SIGTERM ou SIGINT.
 * Démarré par bench/api.bench.ts dans un processus à part (le générateur de charge ne partage
 * pas la boucle d'événements du serveur) ; pas fait pour être lancé à la main.
 */
import { buildApp } from '../apps/serveur/src/app.js';

const app = await buildApp({ logger: false });
const adresse = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`ADRESSE ${adresse}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
