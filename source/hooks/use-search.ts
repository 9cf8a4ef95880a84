/**
 * Runs the search line's query: one search client per timeline (a worker thread in the built
 * explorer, so typing is echoed at once however long a search takes), the query sent on every
 * change, answers dispatched as `searchResults`; more results fetched as the picked one nears the
 * end of those loaded. Answers to queries typed past are dropped by the client.
 */
import {useEffect, useRef, type Dispatch} from 'react';
import type {Timeline} from '../core/schema.js';
import {SearchClient, type SearchPage} from '../core/search/client.js';
import type {Action} from '../state/messages.js';

/** Results fetched at a time: several screens, so scrolling rarely waits. */
export const pageResults = 200;

function answered(dispatch: Dispatch<Action>) {
	return (page: SearchPage | undefined) => {
		if (page !== undefined) dispatch({type: 'searchResults', query: page.query, total: page.total, from: page.from, results: page.results});
	};
}

/**
 * `query` is the search line while searching, undefined otherwise; `loaded` and `picked` are
 * how many results the state holds and which is picked. No `timeline` (one still loading): no
 * search yet, so the thread loading it is not shared with a worker indexing a part of it.
 */
export function useSearch(timeline: Timeline | undefined, query: string | undefined, loaded: number, picked: number, total: number, dispatch: Dispatch<Action>): void {
	const client = useRef<SearchClient | undefined>(undefined);

	// Started with the explorer, so the index is ready by the first `/`; the client sends the corpus in slices between frames.
	useEffect(() => {
		if (timeline === undefined) return;
		const started = new SearchClient({timeline});
		client.current = started;
		return () => {
			void started.close();
			if (client.current === started) client.current = undefined;
		};
	}, [timeline]);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new timeline has a new client, which is asked again
	useEffect(() => {
		if (query !== undefined) void client.current?.search(query, pageResults).then(answered(dispatch));
	}, [query, timeline, dispatch]);

	useEffect(() => {
		if (query === undefined || client.current === undefined || loaded >= total || picked < loaded - pageResults / 4) return;
		void client.current.more(loaded, loaded + pageResults).then(answered(dispatch));
	}, [query, loaded, picked, total, dispatch]);
}
