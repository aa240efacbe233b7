/**
 * Erreurs HTTP au format « problem details » (RFC 9457), codes du catalogue unique.
 * Une erreur 4xx dit au client quoi corriger ; une 5xx ne dit rien de l'intérieur
 * (identifiant de corrélation seulement, la cause va au journal).
 */
import { CATALOGUE_ERREURS, type Anomalie, type CodeErreur } from '@cesu/moteur';
import type { FastifyReply } from 'fastify';

export interface ErreurChamp {
  champ: string;
  code: string;
  message: string;
}

export interface Probleme {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: CodeErreur;
  instance?: string;
  correlationId?: string;
  erreurs?: ErreurChamp[];
}

export function probleme(code: CodeErreur, detail: string, erreurs?: ErreurChamp[]): Probleme {
  const entree = CATALOGUE_ERREURS[code];
  return {
    type: `/api/erreurs#${code}`,
    title: entree.titre,
    status: entree.statut,
    detail,
    code,
    ...(erreurs === undefined ? {} : { erreurs }),
  };
}

/** Erreurs métier du moteur → 400, chaque erreur sur son champ. */
export function problemeDeSaisie(anomalies: readonly Anomalie[]): Probleme {
  const erreurs = anomalies.map((a) => ({ champ: a.champ ?? '', code: a.code, message: a.message }));
  const [premiere] = anomalies;
  const code = anomalies.length === 1 && premiere !== undefined ? premiere.code : 'REQUETE_INVALIDE';
  const detail = anomalies.length === 1 && premiere !== undefined ? premiere.message : `${anomalies.length} erreurs dans la requête : voir « erreurs ».`;
  return { ...probleme(code, detail, erreurs), status: 400 };
}

export const envoieProbleme = (reply: FastifyReply, p: Probleme): FastifyReply =>
  reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
