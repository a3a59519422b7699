/** One line of the results table; `met` is null where a figure has no goal of its own. */
export interface Row {
  name: string;
  result: string;
  goal: string;
  met: boolean | null;
}

export function markdownTable(rows: Row[]): string {
  const lines = ['| Benchmark | Result | Goal | Met |', '| --- | ---: | ---: | :---: |'];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${row.result} | ${row.goal} | ${row.met === null ? '' : row.met ? 'yes' : 'no'} |`);
  }
  return lines.join('\n');
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
