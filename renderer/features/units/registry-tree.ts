import type { Unit } from '../../../shared/domain/types';

/** Units in hierarchy order, each with its depth; a unit whose parent is missing (or a loop) starts a root. */
export function unitTree(units: readonly Unit[]): Array<{ unit: Unit; depth: number }> {
  const collator = new Intl.Collator('zh-CN');
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: Array<{ unit: Unit; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.name, b.name))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      ordered.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units caught in a parent loop are never reached from a root: list them at the top level.
  for (const unit of units) if (!seen.has(unit.id)) ordered.push({ unit, depth: 0 });
  return ordered;
}

export function descendantsOf(unitId: string, units: readonly Unit[]): Set<string> {
  const found = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && found.has(unit.parentId) && !found.has(unit.id)) {
        found.add(unit.id);
        grew = true;
      }
    }
  }
  return found;
}
