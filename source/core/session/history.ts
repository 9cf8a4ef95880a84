/**
 * Search history between runs: ↑ and ↓ on the search line walk earlier queries, most recent
 * first, without repeats. Kept in `history.json` in the state directory (see state-file.ts),
 * capped in entries and bytes so it never grows without end.
 */
import path from 'node:path';
import {sanitize} from '../text/sanitize.js';
import {readStateFile, stateDirectory, updateStateFile} from './state-file.js';

export const historyLimits = {
	/** Queries kept. */
	entries: 200,
	/** Bytes of queries kept (UTF-8), whatever their number. */
	bytes: 32 * 1024,
	/** A longer query (a paste gone wrong) is not kept. */
	entryLength: 500,
};

/** The history file under a state directory. */
export function historyFile(directory = stateDirectory()): string {
	return path.join(directory, 'history.json');
}

type HistoryJson = {version: 1; queries: string[]};

/** Only strings, and each as it may be shown: a tampered file cannot put a control character on the search line. */
function parseHistory(json: unknown): string[] | undefined {
	if (typeof json !== 'object' || json === null || (json as HistoryJson).version !== 1 || !Array.isArray((json as HistoryJson).queries)) return undefined;
	const queries = (json as HistoryJson).queries;
	if (!queries.every(query => typeof query === 'string')) return undefined;
	// Refused characters are dropped with their query before sanitising would make them visible text.
	return capHistory(queries.filter(query => !refused.test(query)).map(query => sanitize(query)));
}

/**
 * Bidi embeddings, overrides and isolates, and the line and paragraph separators: a query holding
 * one would reorder or break the search line each time it is recalled, so it is not kept (nobody
 * types one on purpose; it comes from a paste or a tampered file).
 */
const refused = /[\u2028-\u202e\u2066-\u2069]/;

/** Most recent first, repeats, blanks and queries with bidi controls or line separators dropped, within the limits. */
export function capHistory(queries: readonly string[]): string[] {
	const kept: string[] = [];
	const seen = new Set<string>();
	let bytes = 0;
	for (const query of queries) {
		const trimmed = query.trim();
		if (trimmed === '' || trimmed.length > historyLimits.entryLength || seen.has(trimmed) || refused.test(trimmed)) continue;
		bytes += Buffer.byteLength(trimmed);
		if (kept.length >= historyLimits.entries || bytes > historyLimits.bytes) break;
		seen.add(trimmed);
		kept.push(trimmed);
	}
	return kept;
}

/** The history with `query` moved (or added) to the front. */
export function addToHistory(queries: readonly string[], query: string): string[] {
	return capHistory([query, ...queries]);
}

/** Reads the history: an empty list when there is none; with `message` when the file was set aside. */
export function readHistory(file = historyFile()): {queries: string[]; message?: string} {
	const read = readStateFile(file, 'search history', parseHistory);
	return {queries: read.value ?? [], ...(read.message === undefined ? {} : {message: read.message})};
}

/**
 * The queries this process added in front of `base` (the history it read or last wrote): each
 * search moves its query to the front, so they are the entries before the longest tail that keeps
 * `base`'s order.
 */
export function addedSince(queries: readonly string[], base: readonly string[]): string[] {
	let kept = queries.length;
	let last = Number.POSITIVE_INFINITY;
	while (kept > 0) {
		const at = base.indexOf(queries[kept - 1]!);
		if (at === -1 || at >= last) break;
		last = at;
		kept--;
	}
	return queries.slice(0, kept);
}

/**
 * Saves the history atomically; a one-line message when it could not be saved. What this process
 * added since `base` goes in front of what the file holds now, so another explorer's searches
 * saved meanwhile are kept (without `base`, all of `queries` is this process's).
 */
export function writeHistory(queries: readonly string[], file = historyFile(), base: readonly string[] = []): string | undefined {
	const added = addedSince(queries, base);
	return updateStateFile(file, 'search history', parseHistory, (current): HistoryJson => ({version: 1, queries: capHistory([...added, ...(current ?? queries)])}));
}

/**
 * Walking the history from the search line: `step(+1)` is ↑ (older), `step(-1)` is ↓ (newer,
 * back to what was being typed at -1). Pure, so a reducer can hold the position.
 */
export function historyStep(queries: readonly string[], position: number, direction: 1 | -1): number {
	return Math.max(-1, Math.min(queries.length - 1, position + direction));
}
