/** Point d'entrée de la commande `cesu`. */
import { AIDE_SIMULER, simuler } from './simuler.js';

const AIDE = `cesu — outils de la plateforme CESU

Commandes :
  simuler    Simule un bulletin CESU (cotisations, net, coût, crédit d'impôt)

${AIDE_SIMULER}`;

const [commande, ...reste] = process.argv.slice(2);
const ecris = (t: string): void => void process.stdout.write(`${t}\n`);
const ecrisErreur = (t: string): void => void process.stderr.write(`${t}\n`);

switch (commande) {
  case 'simuler':
    process.exitCode = simuler(reste, ecris, ecrisErreur);
    break;
  case undefined:
  case 'aide':
  case '--help':
  case '-h':
    ecris(AIDE);
    break;
  default:
    ecrisErreur(`Commande inconnue : « ${commande} ».\n\n${AIDE}`);
    process.exitCode = 2;
}
