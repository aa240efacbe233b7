// Génère docs/erreurs.md depuis le catalogue unique (packages/moteur/src/erreurs/catalogue.ts).
import { writeFileSync } from 'node:fs';
import { CATALOGUE_ERREURS } from '@cesu/moteur';

const lignes = Object.entries(CATALOGUE_ERREURS).map(
  ([code, e]) => `| \`${code}\` | ${e.nature} | ${e.statut} | ${e.titre} | ${e.resolution.replaceAll('|', '\\|')} |`,
);
const contenu = `# Catalogue des erreurs et avertissements

Fichier généré par \`npm run docs:erreurs\` depuis \`packages/moteur/src/erreurs/catalogue.ts\` : ne pas
l'éditer à la main (la CI vérifie qu'il est à jour). Les erreurs de l'API suivent la RFC 9457
(\`application/problem+json\`) : \`type\` vaut \`/api/erreurs#CODE\`, \`code\` le code ci-dessous, et
\`erreurs[]\` donne, champ par champ, le code et le message. Les avertissements ne bloquent pas : ils
figurent dans \`avertissements[]\` d'une réponse 200. Un code retiré n'est jamais réutilisé.

| Code | Nature | HTTP | Signification | Comment résoudre |
|---|---|---|---|---|
${lignes.join('\n')}
`;
writeFileSync(new URL('../docs/erreurs.md', import.meta.url), contenu);
