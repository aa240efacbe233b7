/** Affichage d'une simulation en tableau de texte, lisible dans un terminal. */
import type { LigneJson, SimulationJson } from '@cesu/moteur';

const euros = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const e = (n: number | null): string => (n === null ? '' : `${euros.format(n)} €`);
const pct = (n: number | null): string => (n === null ? '' : `${n.toLocaleString('fr-FR', { maximumFractionDigits: 4 })} %`);

const colonnes = (cellules: string[], largeurs: number[]): string =>
  cellules.map((c, i) => (i === 0 ? c.padEnd(largeurs[i] ?? 0) : c.padStart(largeurs[i] ?? 0))).join('  ');

function tableauLignes(titre: string, lignes: LigneJson[]): string[] {
  if (lignes.length === 0) return [];
  const largeurs = [52, 12, 10, 11];
  return [
    '',
    titre,
    colonnes(['Ligne', 'Base', 'Taux', 'Montant'], largeurs),
    '-'.repeat(91),
    ...lignes.map((l) => colonnes([l.libelle.slice(0, 52), e(l.base), pct(l.taux), e(l.montant)], largeurs)),
  ];
}

export function afficheBulletin(s: SimulationJson): string {
  const par = (c: LigneJson['categorie']): LigneJson[] => s.lignes.filter((l) => l.categorie === c);
  const sortie = [
    `Bulletin simulé — période ${s.periode}`,
    ...tableauLignes('Cotisations salariales', par('salariale')),
    ...tableauLignes('Cotisations patronales', par('patronale')),
    ...tableauLignes('Réductions et contribution santé au travail', [...par('reduction'), ...par('sante-travail')]),
    '',
    'Résultat',
    ...(
      [
        ['Salaire brut', s.salaireBrut],
        ['Cotisations salariales', s.cotisationsSalariales],
        ['Salaire net avant impôt', s.salaireNet],
        ['Net imposable', s.netImposable],
        [`Prélèvement à la source (${pct(s.tauxPAS)}, taux ${s.origineTauxPAS === 'neutre' ? 'neutre' : 'personnalisé'})`, s.prelevementALaSource],
        ['Net payé au salarié', s.netPaye],
        ['Cotisations patronales dues', s.cotisationsPatronalesDues],
        ['Coût employeur', s.coutEmployeur],
        ["Crédit d'impôt estimé (50 %)", s.creditImpot],
        ['Reste à charge avec avance immédiate', s.resteACharge],
      ] as const
    ).map(([libelle, montant]) => `  ${libelle.padEnd(58)}${e(montant).padStart(14)}`),
  ];
  if (s.avertissements.length > 0) sortie.push('', 'Avertissements', ...s.avertissements.map((a) => `  ! ${a.message}`));
  if (s.parametresAVerifier.length > 0) sortie.push('', `Paramètres dont la source reste à confirmer : ${s.parametresAVerifier.join(', ')}`);
  sortie.push('', 'Sources de chaque taux : relancez avec --json (champ lignes[].reference).');
  return sortie.join('\n');
}
