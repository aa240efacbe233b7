/**
 * Contrôles qui dépendent des paramètres du mois : durée, SMIC, minimum conventionnel,
 * plafond horaire. Erreurs bloquantes et avertissements. Référentiel § 1.3, § 2, § 10.
 */
import { anomalie, type Anomalie } from '../erreurs/catalogue.js';
import { arrondiDivision, formateEuros, UN_MILLION, type Centimes } from '../monnaie/centimes.js';
import type { ParametresMois } from '../parametres/parametres-mois.js';
import { joursDansMois } from '../periode/mois.js';
import type { DeclarationCalculable } from './declaration.js';

export interface Controles {
  readonly erreurs: Anomalie[];
  readonly avertissements: Anomalie[];
}

const champDuree = (d: DeclarationCalculable): string => d.saisieDuree;

/** Durée : refus au-delà de 48 h par semaine en moyenne sur le mois, avertissement au-delà de 40 h. */
export function controleDuree(d: DeclarationCalculable, p: ParametresMois, c: Controles): void {
  const minutes = d.minutesTravaillees + d.minutesCongesPayes;
  const jours = joursDansMois(d.periode);
  // minutes > heures × 60 × jours / 7, comparé en entiers.
  const depasse = (heuresHebdo: number): boolean => minutes * 7 > heuresHebdo * 60 * jours;
  const maximum = p.nombre['controle.duree.maximale-hebdomadaire'];
  if (depasse(maximum)) {
    const plafond = Math.floor((maximum * jours) / 7);
    c.erreurs.push(anomalie('DUREE_SUPERIEURE_MAXIMUM',
      `La durée déclarée (${formateDuree(minutes)}) dépasse le maximum de ${maximum} heures par semaine, soit environ ${plafond} heures ce mois-ci.`,
      champDuree(d)));
  } else if (depasse(p.nombre['controle.duree.habituelle-hebdomadaire'])) {
    c.avertissements.push(anomalie('DUREE_INHABITUELLE',
      `La durée déclarée (${formateDuree(minutes)}) dépasse 40 heures par semaine en moyenne : vérifiez-la.`, champDuree(d)));
  }
}

/** « 10 h 30 min » */
export function formateDuree(minutes: number): string {
  const heures = Math.floor(minutes / 60);
  const reste = minutes % 60;
  return reste === 0 ? `${heures} h` : `${heures} h ${reste} min`;
}

/**
 * Brut horaire hors congés payés, arrondi au centime : brut ÷ heures payées, et ÷ 1,10 si
 * l'indemnité de congés payés est incluse dans le salaire horaire (référentiel § 10).
 */
export function brutHoraireHorsConges(brut: Centimes, d: DeclarationCalculable, p: ParametresMois): Centimes {
  const minutes = d.minutesTravaillees + d.minutesCongesPayes;
  if (d.congesPayes === 'a-part') return arrondiDivision(brut * 60, minutes) as Centimes;
  const majoration = UN_MILLION + p.nombre['conges-payes.majoration'];
  return arrondiDivision(brut * 60 * UN_MILLION, minutes * majoration) as Centimes;
}

const champSalaire = (d: DeclarationCalculable): string =>
  d.salaireHoraire.nature === 'net' ? 'salaireHoraireNet' : 'salaireHoraireBrut';

/** Plancher légal (SMIC, bloquant), minimum conventionnel et plafonds (avertissements). */
export function controleSalaire(brut: Centimes, d: DeclarationCalculable, p: ParametresMois, c: Controles): void {
  const pss = p.nombre['pss.mensuel'];
  if (brut > pss) {
    c.erreurs.push(anomalie('SALAIRE_HORS_PERIMETRE',
      `Le salaire brut du mois (${formateEuros(brut)}) dépasse le plafond mensuel de la sécurité sociale (${formateEuros(pss)}), que le moteur ne calcule pas encore.`,
      champSalaire(d)));
    return;
  }
  const horaire = brutHoraireHorsConges(brut, d, p);
  const smic = p.nombre['smic.horaire'];
  if (horaire < smic) {
    c.erreurs.push(anomalie('SALAIRE_INFERIEUR_SMIC',
      `Le salaire horaire brut hors congés payés (${formateEuros(horaire)}) est inférieur au SMIC horaire (${formateEuros(smic)}).`,
      champSalaire(d)));
    return;
  }
  const minimum = p.nombre['ccn.minimum.niveau1'];
  if (horaire < minimum) {
    c.avertissements.push(anomalie('SALAIRE_INFERIEUR_MINIMUM_CONVENTIONNEL',
      `Le salaire horaire brut hors congés payés (${formateEuros(horaire)}) est inférieur au minimum conventionnel du niveau I (${formateEuros(minimum)}).`,
      champSalaire(d)));
  }
  if (horaire > p.nombre['pss.horaire']) {
    c.avertissements.push(anomalie('SALAIRE_HORAIRE_SUPERIEUR_PSS_HORAIRE',
      `Le salaire horaire brut (${formateEuros(horaire)}) dépasse le plafond horaire de la sécurité sociale (${formateEuros(p.nombre['pss.horaire'])}) : le plafond mensuel a été appliqué.`,
      champSalaire(d)));
  }
}
