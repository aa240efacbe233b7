/**
 * Du net déclaré au brut. Référentiel § 11, étape 3, questions R1 et R4.
 *
 * Décision (ADR arrondis) : brut = arrondi(N / (1 − t_sal)) sur le total (R1), puis, si les
 * lignes arrondies ne redonnent pas exactement N, le brut est ajusté d'un ou deux centimes
 * pour que le bulletin montre le net déclaré (R4). S'il n'existe aucun brut exact, on garde
 * le brut de la formule fermée (écart d'un centime au plus, vérifié par les tests de propriété).
 */
import { UN_MILLION, type Centimes } from '../monnaie/centimes.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';
import { assiettes, baremeLignes, totalLignes } from './calcul-lignes.js';

/** Net avant impôt que donne un brut : brut − somme des lignes salariales arrondies. */
export function netDepuisBrut(brut: Centimes, p: ParametresMois, alsaceMoselle: boolean): Centimes {
  const bareme = baremeLignes(p);
  const lignes = alsaceMoselle ? bareme.salarialesAlsaceMoselle : bareme.salariales;
  return (brut - totalLignes(lignes, assiettes(brut, p))) as Centimes;
}

const AJUSTEMENTS = [0, -1, 1, -2, 2] as const;

/** Brut dont le net est exactement `net` quand il existe (écart ≤ 2 centimes de la formule). */
export function brutDepuisNet(net: Centimes, p: ParametresMois, alsaceMoselle: boolean): Centimes {
  const bareme = baremeLignes(p);
  const t = alsaceMoselle ? bareme.tauxSalarialGlobalAlsaceMoselle : bareme.tauxSalarialGlobal;
  const formule = Math.round((net * UN_MILLION) / (UN_MILLION - t));
  for (const ecart of AJUSTEMENTS) {
    const brut = (formule + ecart) as Centimes;
    if (netDepuisBrut(brut, p, alsaceMoselle) === net) return brut;
  }
  return formule as Centimes;
}
