// Which items a triage command acts on. The items list provides them (a selection of several items wins, then the
// item open in the detail panel, then the single selection or focused row); elsewhere there are none.
type TargetSource = () => string[];

let source: TargetSource = () => [];

export function provideTriageTargets(targets: TargetSource): void {
  source = targets;
}

export function triageTargetIds(): string[] {
  return source();
}

export function hasTriageTargets(): boolean {
  return triageTargetIds().length > 0;
}
