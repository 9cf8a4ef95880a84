/**
 * Finding a source (or anything with an `id`) by its id: one index per list, built on first use
 * and kept as long as the list is, so every caller shares it.
 */
const indexes = new WeakMap<readonly {id: string}[], Map<string, {id: string}>>();

/** The item of `list` whose `id` is `id`; the last one when several share it (as the loader reads them). */
export function byId<Item extends {id: string}>(list: readonly Item[], id: string | undefined): Item | undefined {
	if (id === undefined) return undefined;
	let index = indexes.get(list);
	if (index === undefined) {
		index = new Map();
		for (const item of list) index.set(item.id, item);
		indexes.set(list, index);
	}
	return index.get(id) as Item | undefined;
}
