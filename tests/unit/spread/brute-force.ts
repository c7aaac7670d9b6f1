/**
 * Mean shortest-path distance over all pairs by a BFS from every node: the definition of structural
 * virality, independent of the subtree-size formula it checks. Quadratic, for small trees only.
 */
export function bruteForceVirality(parents: ArrayLike<number>): number {
  const count = parents.length;
  if (count <= 1) return 0;
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let node = 0; node < count; node += 1) {
    const parent = parents[node] as number;
    if (parent < 0) continue;
    neighbours[node]?.push(parent);
    neighbours[parent]?.push(node);
  }
  let total = 0;
  for (let start = 0; start < count; start += 1) {
    const distance = new Array<number>(count).fill(-1);
    distance[start] = 0;
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
      const current = queue[head] as number;
      for (const next of neighbours[current] ?? []) {
        if (distance[next] !== -1) continue;
        distance[next] = (distance[current] as number) + 1;
        queue.push(next);
      }
    }
    for (const value of distance) total += value;
  }
  // Every pair was walked from both ends.
  return total / 2 / ((count * (count - 1)) / 2);
}
