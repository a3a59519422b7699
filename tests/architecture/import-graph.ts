import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every module (`.ts`, `.tsx`) under `root` and the modules of the project it imports (type-only imports included). */
export function importGraph(root: string): Map<string, Set<string>> {
  const files = listTypeScript(root);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)) {
      const target = moduleAt(path.resolve(path.dirname(file), match[2] ?? ''));
      if (target.startsWith(root)) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The source file an import names: `./x.js` is written as `x.ts`, or `x.tsx` for a view. */
function moduleAt(specifier: string): string {
  const base = specifier.replace(/\.js$/, '');
  return existsSync(`${base}.tsx`) ? `${base}.tsx` : `${base}.ts`;
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listTypeScript(full);
    return full.endsWith('.ts') || full.endsWith('.tsx') ? [full] : [];
  });
}

/** The graph with each node replaced by `group(node)`, and the edges inside one group left out. */
export function groupedGraph(graph: Map<string, Set<string>>, group: (node: string) => string): Map<string, Set<string>> {
  const grouped = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    const edges = grouped.get(group(from)) ?? new Set<string>();
    grouped.set(group(from), edges);
    for (const to of targets) if (group(to) !== group(from)) edges.add(group(to));
  }
  return grouped;
}

/** The cycles of a graph, one per strongly connected component of more than one node (Tarjan's algorithm). */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowLinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string): void => {
    indices.set(node, index);
    lowLinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowLinks.set(node, Math.min(lowLinks.get(node) ?? 0, lowLinks.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLinks.set(node, Math.min(lowLinks.get(node) ?? 0, indices.get(next) ?? 0));
      }
    }
    if (lowLinks.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return components;
}
