import type { Item } from '../domain/types';
import { fingerprintOf } from './dedup/fingerprint';
import { simhash64 } from './dedup/simhash';

type FreshState = Pick<Item, 'tags' | 'eventId' | 'assessment' | 'status' | 'actions' | 'notOpinion' | 'fingerprint' | 'simhash'>;

/**
 * The part of an item that no one has handled yet, as a report entered by hand or a generated one starts:
 * untagged, unassessed, new, with the keys duplicates are found by.
 */
export function freshItemState(title: string | null, content: string | null, keys: Parameters<typeof fingerprintOf>[0]): FreshState {
  return {
    tags: [],
    eventId: null,
    assessment: { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    status: 'new',
    actions: [],
    notOpinion: false,
    fingerprint: fingerprintOf(keys),
    simhash: simhash64(`${title ?? ''}\n${content ?? ''}`),
  };
}
