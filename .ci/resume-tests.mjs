// Résume le rapport JSON de vitest en une ligne « N passed, N failed[, N skipped] ».
import { readFileSync, existsSync } from 'node:fs';

const fichier = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(fichier)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(readFileSync(fichier, 'utf8'));
const echecs = r.numFailedTests + (r.numFailedTestSuites ?? 0);
const ignores = r.numPendingTests + (r.numTodoTests ?? 0);
console.log(`${r.numPassedTests} passed, ${echecs} failed${ignores > 0 ? `, ${ignores} skipped` : ''}`);
