import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, groupedGraph, importGraph } from './import-graph.js';

const src = path.resolve(import.meta.dirname, '../../src');
const graph = importGraph(src);
const relative = (file: string) => path.relative(src, file);

/** A module's folder: `domain/<feature>` inside the domain, else the top folder under src (a root file stands alone). */
function folderOf(file: string): string {
  const parts = relative(file).split(path.sep);
  if (parts[0] === 'domain' && parts.length > 2) return `domain/${parts[1]}`;
  return parts.length > 1 ? (parts[0] ?? '') : relative(file);
}

describe('the layout of src/', () => {
  it('has no import circle between modules', () => {
    expect(cyclesOf(graph).map((cycle) => cycle.map(relative))).toEqual([]);
  });

  it('has no import circle between folders, so each folder can be read knowing only those below it', () => {
    expect(cyclesOf(groupedGraph(graph, folderOf))).toEqual([]);
  });

  it('keeps the domain to core/, the outbox and the folders below, never a channel, the HTTP layer or the composition root', () => {
    const allowedOutside = new Set(['core', 'db', 'i18n', 'outbox', 'media']);
    const crossings = [...groupedGraph(graph, folderOf)]
      .filter(([from]) => from.startsWith('domain/'))
      .flatMap(([from, targets]) => [...targets].filter((to) => !to.startsWith('domain/') && !allowedOutside.has(to)).map((to) => `${from} → ${to}`));
    expect(crossings).toEqual([]);
  });

  it('lets features use turn/ and people/ and one another only as their READMEs say', () => {
    const features = [...new Set([...graph.keys()].map(folderOf).filter((folder) => folder.startsWith('domain/')))];
    const undeclared = features.flatMap((feature) => {
      const readme = path.join(src, feature, 'README.md');
      const declared = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
      const uses = groupedGraph(graph, folderOf).get(feature) ?? new Set();
      return [...uses]
        .filter((to) => to.startsWith('domain/') && !declared.includes(`\`${to.slice('domain/'.length)}/\``))
        .map((to) => `${feature} uses ${to}, which its README does not name`);
    });
    expect(undeclared).toEqual([]);
  });

  it('has a README in every folder', () => {
    const folders = [...new Set([...graph.keys()].map((file) => path.dirname(file)))].filter((dir) => dir !== src);
    expect(folders.filter((dir) => !existsSync(path.join(dir, 'README.md'))).map(relative)).toEqual([]);
  });
});

describe('time in the domain', () => {
  it('comes from the caller: no SQL now() or current_timestamp either, which a test could not set', () => {
    const readsTheClock = [...graph.keys()]
      .filter((file) => relative(file).startsWith(`domain${path.sep}`))
      .filter((file) => /\bnow\(\)|current_timestamp|localtimestamp/i.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(readsTheClock.map(relative)).toEqual([]);
  });
});
