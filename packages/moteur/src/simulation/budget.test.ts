import { describe, expect, it } from 'vitest';
import { salaireHorairePourBudget } from './budget.js';
import { simule } from './simule.js';
import { codesEtChamps } from '../test-utils/builders.js';

const budget = (e: Record<string, unknown>) => salaireHorairePourBudget({ periode: '2025-03', heures: 8, ...e });
function salaire(e: Record<string, unknown>): number {
  const r = budget(e);
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur.salaireHoraireNet;
}
function cout(e: Record<string, unknown>, net: number, porte: 'coutEmployeur' | 'resteACharge'): number {
  const { budgetMensuel: _b, budgetPorteSur: _p, ...reste } = e;
  const r = simule({ periode: '2025-03', heures: 8, ...reste, salaireHoraireNet: Math.round(net * 100) / 100 });
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur[porte];
}

describe('Budget mensuel → salaire horaire net (recherche au centime)', () => {
  it('référentiel § 12 : un coût employeur de 150,04 € pour 8 h donne exactement 11,00 € net', () => {
    expect(salaire({ budgetMensuel: 150.04 })).toBe(11);
  });
  it('un centime de moins (150,03 €) ne permet plus 11,00 € : 10,99 €', () => {
    expect(salaire({ budgetMensuel: 150.03 })).toBe(10.99);
  });
  it('référentiel § 12 : un reste à charge de 75,02 € (avance immédiate) donne aussi 11,00 €', () => {
    expect(salaire({ budgetMensuel: 75.02, budgetPorteSur: 'reste-a-charge' })).toBe(11);
  });

  it.each([
    [{ budgetMensuel: 700, heures: 30 }, 'coutEmployeur'],
    [{ budgetMensuel: 1234.56, heures: 70, periode: '2026-01' }, 'coutEmployeur'],
    [{ budgetMensuel: 800, heures: 40, alsaceMoselle: true }, 'coutEmployeur'],
    [{ budgetMensuel: 700, heures: 35, exoneration: '70-ans', periode: '2026-07' }, 'coutEmployeur'],
    [{ budgetMensuel: 300, heures: 25, budgetPorteSur: 'reste-a-charge' }, 'resteACharge'],
    [{ budgetMensuel: 600, heures: 25, budgetPorteSur: 'reste-a-charge', cumulAvanceImmediateAnnee: 5990 }, 'resteACharge'],
  ] as const)('%o : coût(salaire) ≤ budget < coût(salaire + 0,01 €)', (e, porte) => {
    const net = salaire(e);
    expect(cout(e, net, porte)).toBeLessThanOrEqual(e.budgetMensuel);
    expect(cout(e, net + 0.01, porte)).toBeGreaterThan(e.budgetMensuel);
  });

  it('la simulation rendue est celle du salaire trouvé', () => {
    const r = budget({ budgetMensuel: 150.04 });
    if (!r.ok) throw new Error('refusé');
    expect(r.valeur.simulation.salaireNet).toBe(88);
    expect(r.valeur.simulation.coutEmployeur).toBe(150.04);
    expect(r.valeur.simulation.lignes.length).toBeGreaterThan(20);
  });

  it('le même budget porté sur le reste à charge permet un salaire plus élevé (avance immédiate de 50 %)', () => {
    const e = { budgetMensuel: 700, heures: 30 };
    const surCout = salaire(e);
    const surReste = salaire({ ...e, budgetPorteSur: 'reste-a-charge' });
    expect(surReste).toBeGreaterThan(surCout);
    // coût/h 23,33 € → brut/h ≈ (23,33 + 2 − CST) / 1,447 ≈ 17,4 → net ≈ 13,6 € ;
    // reste à charge 700 € ⇔ coût 1 400 € → 46,67 €/h → brut ≈ 33,6 → net ≈ 26,2 € (≈ × 1,9)
    expect(surReste).toBeGreaterThan(1.8 * surCout);
    expect(surReste).toBeLessThan(2.1 * surCout);
  });
});

describe('Budget — erreurs', () => {
  it('BUDGET_INSUFFISANT : 10 € pour 8 h ne paient pas le SMIC', () => {
    const r = budget({ budgetMensuel: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codesEtChamps(r.erreurs)).toEqual([{ code: 'BUDGET_INSUFFISANT', champ: 'budgetMensuel' }]);
  });
  it('BUDGET_INSUFFISANT juste sous le coût au SMIC : 8 h en mars 2025, budget 100 €', () => {
    // SMIC brut 11,88 × 1,10 (CP inclus) ≈ 13,07 €/h brut → 104,56 € brut, ≈ 140 € de coût > 100 €
    const r = budget({ budgetMensuel: 100 });
    expect(!r.ok && r.erreurs[0]?.code).toBe('BUDGET_INSUFFISANT');
  });
  it.each([0, -5, 12.345, '500', undefined])('MONTANT_INVALIDE pour budgetMensuel = %o', (budgetMensuel) => {
    const r = budget({ budgetMensuel });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codesEtChamps(r.erreurs)).toEqual([{ code: 'MONTANT_INVALIDE', champ: 'budgetMensuel' }]);
  });
  it('REQUETE_INVALIDE pour budgetPorteSur inconnu', () => {
    const r = budget({ budgetMensuel: 500, budgetPorteSur: 'net' });
    expect(!r.ok && codesEtChamps(r.erreurs)).toEqual([{ code: 'REQUETE_INVALIDE', champ: 'budgetPorteSur' }]);
  });
  it('les erreurs de saisie sont rendues avec celles du budget', () => {
    const r = budget({ budgetMensuel: 0, periode: '2027-01' });
    expect(!r.ok && codesEtChamps(r.erreurs)).toEqual([
      { code: 'MONTANT_INVALIDE', champ: 'budgetMensuel' },
      { code: 'PERIODE_NON_COUVERTE', champ: 'periode' },
    ]);
  });
  it('une durée hors maximum remonte telle quelle (DUREE_SUPERIEURE_MAXIMUM)', () => {
    const r = budget({ budgetMensuel: 100_000, heures: 300 });
    expect(!r.ok && r.erreurs.map((e) => e.code)).toContain('DUREE_SUPERIEURE_MAXIMUM');
  });
});
