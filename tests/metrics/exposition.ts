/** One sample of a Prometheus text exposition. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function samplesOf(exposition: string): Sample[] {
  return exposition.split('\n').flatMap((line) => {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match?.[1] || match[3] === undefined) return [];
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    return [{ name: match[1], labels, value: Number(match[3]) }];
  });
}

/** The value of the sample of `name` with exactly `labels`, or undefined when the exposition has none. */
export function sampleOf(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels);
  return samplesOf(exposition).find(
    (sample) => sample.name === name && Object.keys(sample.labels).length === wanted.length && wanted.every(([key, value]) => sample.labels[key] === value),
  )?.value;
}

/** Every label set a metric has samples for. */
export function labelSetsOf(exposition: string, name: string): Array<Record<string, string>> {
  return samplesOf(exposition)
    .filter((sample) => sample.name === name)
    .map((sample) => sample.labels);
}
