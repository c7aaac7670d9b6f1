// Pages beside the items list (events, refutations) open an item in it without importing the list: the items
// feature provides the opener when it loads; before that the item's address alone opens it, as the list reads it.
type ItemOpener = (id: string) => void;

let opener: ItemOpener = (id) => {
  window.location.hash = `#/items/${encodeURIComponent(id)}`;
};

export function provideItemOpener(open: ItemOpener): void {
  opener = open;
}

/** Shows the item in the items list's detail panel. */
export function openItem(id: string): void {
  opener(id);
}
