import type { Item } from '../../../shared/domain/types';
import { useT } from '../../i18n';
import { itemHeadline } from '../../ui/domain-labels';
import { openItem } from '../../workspace/item-opener';

/** An item's headline that opens it in the items list; its address still works for a new tab or a copied link. */
export function ItemLink({ item }: { item: Item }) {
  const t = useT();
  return (
    <a
      href={`#/items/${encodeURIComponent(item.id)}`}
      onClick={(event) => {
        event.preventDefault();
        openItem(item.id);
      }}
    >
      {itemHeadline(item, t('detail.untitled'))}
    </a>
  );
}
