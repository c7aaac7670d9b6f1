// The demo workspace, built step by step from the one seeded sequence. The steps run in the order the
// committed file was first generated in: each one draws from the sequence, so moving a step (or adding a
// draw to one) changes every record after it.
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { createEvents } from './events';
import { addFestivalCascade } from './festival';
import { items } from './items';
import { addRegularItems } from './regular-items';
import { addRumourCascade, addRumourCopies, refuteRumour } from './rumour';
import { spreadEdges } from './spread';
import { RUMOUR_TAG, tag, tags, WATCH_TAG } from './tags';
import { TOPICS } from './topics-data';
import { createRoster } from './units';

export function buildDemoWorkspace(): WorkspaceSnapshot {
  const roster = createRoster();
  // Named up front so the tag list opens with the topics' tags, in the topics' order.
  for (const topic of TOPICS) for (const path of topic.tags) tag(path);
  tag(RUMOUR_TAG);
  tag(WATCH_TAG);
  const demoEvents = createEvents();

  addRegularItems(roster, demoEvents);
  const rumour = addRumourCascade(roster, demoEvents);
  addFestivalCascade(roster);
  const copies = addRumourCopies(roster, demoEvents, rumour);
  const refutation = refuteRumour(rumour, copies);

  items.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
  return {
    format: 'opinion-desk-workspace',
    version: 1,
    units: roster.units,
    reporters: roster.reporters,
    tags,
    events: demoEvents.events,
    items,
    spreadEdges,
    refutations: [refutation],
  };
}
