/**
 * Runs the search line's query: one search client per timeline (a worker thread in the built
 * explorer, so typing is echoed at once however long a search takes), the query sent on every
 * change, answers dispatched as `searchResults`; more results fetched as the picked one nears the
 * end of those loaded. Answers to queries typed past are dropped by the client.
 */
import {useEffect, useRef, useState, type Dispatch} from 'react';
import type {Timeline} from '../core/model/schema.js';
import {SearchClient, type SearchPage} from '../core/search/client.js';
import type {Action} from '../state/messages.js';
import type {ArticleReading} from '../core/load/large/lazy-sources.js';
import type {FileOnDisk} from '../core/load/large/file-on-disk.js';

/**
 * Search started on a large file's bytes while the file loads (see hooks/use-load.ts), so the
 * corpus is built alongside the load rather than after it. `useSearch` makes the client, takes it
 * up as the loaded timeline's first, and closes it; the loader only hands over the bytes and then
 * the timeline they became.
 */
export type EarlySearch = {
	/** Starts the search worker's thread ahead of the file's bytes, for `start` to take. */
	prepare(): void;
	/**
	 * Starts a search client on the file's bytes (read from `file`), or, without them, on the file
	 * itself, which its worker then reads: its worker reads the articles, given the events'
	 * citations (see SearchClient.sources and citations).
	 */
	start(bytes: Uint8Array | undefined, file?: FileOnDisk): ArticleReading;
	/** The timeline the bytes became: the client started on them is its search client. */
	loaded(timeline: Timeline): void;
};

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

export type SearchOptions = {
	/** The timeline to search; none (one still loading): no search yet, so the thread loading it is not shared with a worker indexing a part of it. */
	timeline: Timeline | undefined;
	/** The search line while searching; none otherwise. */
	query: string | undefined;
	/** How many results the state holds. */
	loaded: number;
	/** Which result is picked. */
	picked: number;
	/** How many results the query has in all. */
	total: number;
	/** The facet filter's expression, which scopes the search. */
	scope?: string | undefined;
	dispatch: Dispatch<Action>;
};

/** Runs the search (see the module comment); gives what a loader needs to start search on a file's bytes. */
export function useSearch({timeline, query, loaded, picked, total, scope, dispatch}: SearchOptions): EarlySearch {
	const client = useRef<SearchClient | undefined>(undefined);
	// A client started on a loading file's bytes, and once loaded, the timeline it is for.
	const early = useRef<{client: SearchClient; timeline?: Timeline} | undefined>(undefined);
	const [earlySearch] = useState<EarlySearch>(() => ({
		prepare() {
			SearchClient.prepare();
		},
		start(bytes, file) {
			void early.current?.client.close();
			const started = new SearchClient({bytes, file});
			early.current = {client: started};
			return {layout: started.layout, report: started.sources, citations: citations => started.citations(citations)};
		},
		loaded(loadedTimeline) {
			if (early.current !== undefined) early.current.timeline = loadedTimeline;
		},
	}));
	// Counts the clients whose index got built: the query on the line is asked again, now with typo tolerance.
	const [indexed, setIndexed] = useState(0);

	// Said while a large file loads, before any client can answer: a query typed then waits for the load and the corpus.
	const loadingSaid = useRef(false);
	useEffect(() => {
		if (timeline !== undefined || loadingSaid.current) return;
		loadingSaid.current = true;
		dispatch({type: 'searchReadiness', ready: false});
	}, [timeline, dispatch]);

	// Started with the explorer, so the index is ready by the first `/`; the client sends the corpus in slices between frames,
	// or, for a large file, has been building it from the file's bytes while the file loaded.
	useEffect(() => {
		if (timeline === undefined) return;
		const prepared = early.current;
		let started: SearchClient;
		if (prepared !== undefined && prepared.timeline === timeline) {
			started = prepared.client;
			started.attach(timeline);
			early.current = undefined;
		} else started = new SearchClient({timeline});
		client.current = started;
		// Until it answers (or fails), a query typed waits: the search line says why (a large timeline's corpus takes seconds).
		// A client that answers within a frame is never said to be preparing.
		let answered = false;
		// Said already while the file loaded: the client's answer unsays it.
		let preparing = loadingSaid.current;
		loadingSaid.current = false;
		const readiness = (ready: boolean) => {
			if (client.current === started) dispatch({type: 'searchReadiness', ready});
		};
		const settle = () => {
			answered = true;
			if (preparing) readiness(true);
		};
		void started.ready.then(settle, settle);
		const said = setTimeout(() => {
			if (answered) return;
			preparing = true;
			readiness(false);
		}, 100);
		void started.indexed.then(() => {
			if (client.current === started) setIndexed(count => count + 1);
		});
		return () => {
			clearTimeout(said);
			void started.close();
			if (client.current === started) client.current = undefined;
		};
	}, [timeline, dispatch]);

	// A client the search never took (the explorer closed while the file loaded).
	useEffect(
		() => () => {
			void early.current?.client.close();
			early.current = undefined;
		},
		[],
	);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new timeline has a new client, and a built index better answers; each is asked again
	useEffect(() => {
		if (query !== undefined) void client.current?.search(scopedQuery(query, scope), pageResults).then(answered(dispatch, scope));
	}, [query, timeline, dispatch, scope, indexed]);

	useEffect(() => {
		if (query === undefined || client.current === undefined || loaded >= total || picked < loaded - pageResults / 4) return;
		void client.current.more(loaded, loaded + pageResults).then(answered(dispatch, scope));
	}, [query, loaded, picked, total, dispatch, scope]);

	return earlySearch;
}
