/**
 * Du net déclaré au brut. Référentiel § 11, étape 3, questions R1 et R4.
 *
 * Décision (ADR arrondis) : brut = arrondi(N / (1 − t_sal)) sur le total (R1) ; parmi les bruts
 * à ±4 centimes de cette formule, on retient le plus petit dont les lignes arrondies redonnent
 * exactement N, pour que le bulletin montre le net déclaré (R4). Prendre le plus petit garde le
 * brut croissant avec le net. S'il n'existe aucun brut exact, on garde le brut de la formule.
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

/** Écart maximal cherché autour de la formule fermée (vérifié de 1 € à 3 000 € de net). */
const ECART_MAXIMAL = 4;

/** Plus petit brut dont le net est exactement `net`, quand il existe à ±4 centimes de la formule. */
export function brutDepuisNet(net: Centimes, p: ParametresMois, alsaceMoselle: boolean): Centimes {
  const bareme = baremeLignes(p);
  const t = alsaceMoselle ? bareme.tauxSalarialGlobalAlsaceMoselle : bareme.tauxSalarialGlobal;
  const formule = Math.round((net * UN_MILLION) / (UN_MILLION - t));
  for (let ecart = -ECART_MAXIMAL; ecart <= ECART_MAXIMAL; ecart++) {
    const brut = (formule + ecart) as Centimes;
    if (netDepuisBrut(brut, p, alsaceMoselle) === net) return brut;
  }
  return formule as Centimes;
}
