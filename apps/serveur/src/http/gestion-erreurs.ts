/**
 * Traduit toute erreur en problem details : validation de schéma (400, champ par champ,
 * messages en français), corps trop gros (413), mauvais type de contenu (415),
 * route inconnue (404) ; tout le reste → 500 générique avec identifiant de corrélation.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { envoieProbleme, probleme, type ErreurChamp } from './probleme.js';

interface ErreurValidation {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const nomDuChamp = (e: ErreurValidation): string => {
  const chemin = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (e.keyword === 'required') return [chemin, String(e.params['missingProperty'])].filter(Boolean).join('.');
  if (e.keyword === 'additionalProperties') return [chemin, String(e.params['additionalProperty'])].filter(Boolean).join('.');
  return chemin === '' ? '(corps)' : chemin;
};

const TYPES: Record<string, string> = { number: 'un nombre', integer: 'un nombre entier', string: 'un texte', boolean: 'un booléen (true ou false)', object: 'un objet JSON', array: 'une liste', null: 'null' };

function messageFrancais(e: ErreurValidation): string {
  switch (e.keyword) {
    case 'required': return 'Champ obligatoire manquant.';
    case 'additionalProperties': return "Champ inconnu : retirez-le (la liste des champs est dans /api/openapi.json).";
    case 'type': return `Doit être ${TYPES[String(e.params['type'])] ?? String(e.params['type'])}.`;
    case 'const':
    case 'enum':
    case 'anyOf': return "Valeur non permise : voir les valeurs acceptées dans /api/openapi.json.";
    case 'minimum': return `Doit être supérieur ou égal à ${String(e.params['limit'])}.`;
    case 'maximum': return `Doit être inférieur ou égal à ${String(e.params['limit'])}.`;
    default: return 'Valeur invalide.';
  }
}

/** Une erreur par champ : ajv en signale parfois plusieurs (anyOf + const) pour un même champ. */
export function erreursDeValidation(validation: readonly ErreurValidation[]): ErreurChamp[] {
  const parChamp = new Map<string, ErreurChamp>();
  for (const e of validation) {
    const champ = nomDuChamp(e);
    if (parChamp.has(champ)) continue;
    const code = e.keyword === 'additionalProperties' ? 'CHAMP_INCONNU' : 'REQUETE_INVALIDE';
    parChamp.set(champ, { champ, code, message: messageFrancais(e) });
  }
  return [...parChamp.values()];
}

export function installeGestionErreurs(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation !== undefined) {
      const erreurs = erreursDeValidation(error.validation);
      return envoieProbleme(reply, probleme('REQUETE_INVALIDE', `${erreurs.length} champ(s) à corriger : voir « erreurs ».`, erreurs));
    }
    const statut = error.statusCode ?? 500;
    if (statut === 413) return envoieProbleme(reply, probleme('CORPS_TROP_VOLUMINEUX', 'Le corps de la requête dépasse 64 Kio.'));
    if (statut === 415) return envoieProbleme(reply, probleme('TYPE_CONTENU_NON_SUPPORTE', 'Le corps doit être du JSON (Content-Type: application/json).'));
    if (statut >= 400 && statut < 500) {
      return envoieProbleme(reply, { ...probleme('REQUETE_INVALIDE', 'Requête illisible : vérifiez que le corps est du JSON valide.'), status: statut });
    }
    request.log.error({ err: error }, 'erreur interne');
    return envoieProbleme(reply, {
      ...probleme('ERREUR_INTERNE', 'Une erreur interne est survenue. Réessayez ; si elle persiste, communiquez l’identifiant de corrélation.'),
      correlationId: request.id,
    });
  });

}
