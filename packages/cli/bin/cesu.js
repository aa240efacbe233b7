#!/usr/bin/env node
// Lance la CLI compilée (dist/) ; dans un dépôt non construit, lance les sources via tsx.
import { existsSync } from 'node:fs';

const compile = new URL('../dist/cli.js', import.meta.url);
if (existsSync(compile)) {
  await import(compile.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli.ts', import.meta.url).href);
}
