/**
 * Runs the search line's query: one search client per timeline (a worker thread in the built
 * explorer, so typing is echoed at once however long a search takes), the query sent on every
 * change, answers dispatched as `searchResults`; more results fetched as the picked one nears the
 * end of those loaded. Answers to queries typed past are dropped by the client.
 */
import {useEffect, useRef, useState, type Dispatch, type MutableRefObject} from 'react';
import type {Timeline} from '../core/model/schema.js';
import {SearchClient, type SearchPage} from '../core/search/client.js';
import type {Action} from '../state/messages.js';

/**
 * A search client started on a large file's bytes while the file loads (see hooks/use-load.ts),
 * and, once loaded, the timeline it is for: the first search client of that timeline is this one.
 */
export type EarlySearch = {client: SearchClient; timeline?: Timeline};

/** Results fetched at a time: several screens, so scrolling rarely waits. */
export const pageResults = 200;

/** The query sent for the line: the facet filter's qualifiers (if any) first, so the filter applies to search too. */
export function scopedQuery(query: string, scope: string | undefined): string {
	return scope === undefined || scope === '' ? query : `${scope} ${query}`;
}

function answered(dispatch: Dispatch<Action>, scope: string | undefined) {
	return (page: SearchPage | undefined) => {
		// The answer names the line as typed, without the filter's qualifiers.
		const query = scope !== undefined && scope !== '' && page?.query.startsWith(`${scope} `) ? page.query.slice(scope.length + 1) : page?.query;
		if (page !== undefined && query !== undefined) dispatch({type: 'searchResults', query, total: page.total, from: page.from, results: page.results});
	};
}

/**
 * `query` is the search line while searching, undefined otherwise; `loaded` and `picked` are
 * how many results the state holds and which is picked; `scope` the facet filter's expression. No
 * `timeline` (one still loading): no search yet, so the thread loading it is not shared with a
 * worker indexing a part of it.
 */
export function useSearch(
	timeline: Timeline | undefined,
	query: string | undefined,
	loaded: number,
	picked: number,
	total: number,
	dispatch: Dispatch<Action>,
	scope?: string,
	early?: MutableRefObject<EarlySearch | undefined>,
): void {
	const client = useRef<SearchClient | undefined>(undefined);
	// Counts the clients whose index got built: the query on the line is asked again, now with typo tolerance.
	const [indexed, setIndexed] = useState(0);

	// Started with the explorer, so the index is ready by the first `/`; the client sends the corpus in slices between frames,
	// or, for a large file, has been building it from the file's bytes while the file loaded.
	useEffect(() => {
		if (timeline === undefined) return;
		const prepared = early?.current;
		let started: SearchClient;
		if (prepared !== undefined && prepared.timeline === timeline) {
			started = prepared.client;
			started.attach(timeline);
			early!.current = undefined;
		} else started = new SearchClient({timeline});
		client.current = started;
		void started.indexed.then(() => {
			if (client.current === started) setIndexed(count => count + 1);
		});
		return () => {
			void started.close();
			if (client.current === started) client.current = undefined;
		};
	}, [timeline, early]);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new timeline has a new client, and a built index better answers; each is asked again
	useEffect(() => {
		if (query !== undefined) void client.current?.search(scopedQuery(query, scope), pageResults).then(answered(dispatch, scope));
	}, [query, timeline, dispatch, scope, indexed]);

	useEffect(() => {
		if (query === undefined || client.current === undefined || loaded >= total || picked < loaded - pageResults / 4) return;
		void client.current.more(loaded, loaded + pageResults).then(answered(dispatch, scope));
	}, [query, loaded, picked, total, dispatch, scope]);
}
