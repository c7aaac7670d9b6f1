// The two opinion events the demo's items are grouped under.
import type { OpinionEvent } from '../../shared/domain/types';
import { uuid } from './random';
import { ANCHOR_MIDNIGHT, DAY, HOUR, iso } from './time';

export interface DemoEvents {
  events: OpinionEvent[];
  /** heating complaints from 北岭旗 are filed under it */
  heatingEvent: OpinionEvent;
  /** the water-supply rumour that spreads across platforms and is refuted */
  rumourEvent: OpinionEvent;
}

export function createEvents(): DemoEvents {
  const events: OpinionEvent[] = [];
  function addEvent(name: string, description: string, daysAgo: number): OpinionEvent {
    const at = iso(ANCHOR_MIDNIGHT - daysAgo * DAY + 9 * HOUR);
    const event: OpinionEvent = { id: uuid(), name, description, createdAt: at, updatedAt: at };
    events.push(event);
    return event;
  }
  const heatingEvent = addEvent('北岭旗集中供暖延迟', '北岭旗部分小区供暖延迟、室温不达标引发的集中反映。', 8);
  const rumourEvent = addEvent('“南湖水库水源污染”谣言', '网传南湖水库被化工废水污染、自来水不能喝，经核实系谣言。', 5);
  return { events, heatingEvent, rumourEvent };
}
