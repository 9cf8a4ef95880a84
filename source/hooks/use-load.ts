/**
 * Loading a large file (JSON or a sheet) while the explorer shows progress: the explorer opens at once on an empty
 * timeline, the header says how far the load has got, and the loaded timeline replaces the empty
 * one (`replaceTimeline`) when it is ready. A file that cannot be loaded ends the explorer with
 * the loader's one-line message, as it would have before the explorer opened.
 */
import {useEffect, type Dispatch} from 'react';
import type {EarlySearch} from './use-search.js';
import {isUserError} from '../core/model/errors.js';
import type {LoadedTimeline, TimelineFile} from '../core/load/load-timeline.js';
import {loadProgressively, progressText, type LoadProgress} from '../core/load/large/progressive.js';
import {sheetDelimiterOf} from '../core/load/sheet/sheet-kind.js';
import type {FileOnDisk} from '../core/load/large/file-on-disk.js';
import type {Timeline, TimelineEvent} from '../core/model/schema.js';
import {indexTimelineSteps} from '../core/screen/timeline-rows.js';
import {rulerItemsSteps} from '../core/screen/ruler-text.js';
import {sanitize} from '../core/text/sanitize.js';
import type {Action} from '../state/messages.js';
import {warningStatus} from '../state/state.js';

/** Least time between two progress frames. */
const progressMs = 150;

/** A file the explorer loads after it opens. */
export type PendingLoad = TimelineFile & {
	/** Ends the explorer with exit code 1 and this line on stderr. */
	fail: (message: string) => void;
};

export type LoadHookOptions = {
	/** The file to load; none: nothing to load (the timeline was loaded before the explorer opened). */
	pending: PendingLoad | undefined;
	dispatch: Dispatch<Action>;
	/** Search to start on the file's bytes as soon as they are read. */
	search?: EarlySearch | undefined;
};

/** The loader's message, with the line and column of a field it names (as the command line adds them). */
async function placed(error: unknown): Promise<string> {
	if (!isUserError(error)) return `internal error: ${sanitize(error instanceof Error ? error.message : String(error))}`;
	if (!('document' in error)) return error.message;
	try {
		const {withPosition} = await import('../core/check/locate.js');
		const {text, file} = error.document as {text: string; file: string};
		return withPosition(error.message, file, text);
	} catch {
		return error.message;
	}
}

/**
 * The list's rows and the time axis of the timeline being loaded, a step at a time: built while
 * the search worker reads its articles, or once a large sheet's events are checked and sorted.
 */
function* prepare(shown: {events: TimelineEvent[]; eras?: Timeline['eras'] | undefined}): Generator<void> {
	yield* indexTimelineSteps(shown);
	yield* rulerItemsSteps(shown.events);
}

/** A stand-in for the loaded file around a preview, for `narrow`. */
function placeholder(file: string): Omit<LoadedTimeline, 'timeline' | 'raw'> {
	return {file, format: 'sc-timeline'};
}

/**
 * Loads `pending` (nothing when undefined), dispatching progress and then the timeline. Unless the
 * explorer shows only some events (`narrow`), `search` starts on the file's bytes as soon as they are
 * read, so its corpus is built alongside the load rather than after it.
 */
export function useLoad({pending, dispatch, search}: LoadHookOptions): void {
	useEffect(() => {
		if (pending === undefined) return;
		const {file, shown, options = {}, fail} = pending;
		const narrow = pending.narrow ?? ((loaded: LoadedTimeline) => loaded);
		let closed = false;
		let shownProgress = '';
		let shownAt = 0;
		const onBytes = search === undefined || pending.narrow !== undefined ? undefined : (bytes: Uint8Array | undefined, found?: FileOnDisk) => (closed ? undefined : search.start(bytes, found));
		const onProgress = (progress: LoadProgress, preview?: Timeline) => {
			const text = progressText(progress);
			// Each new text is a frame to draw: a few a second say enough, and leave the time to loading. A
			// wait with no figure (the articles, read by the search worker) may last: it is always shown.
			const soon = performance.now() - shownAt < progressMs && !Number.isNaN(progress.fraction);
			if (closed || (preview === undefined && (text === shownProgress || soon))) return;
			shownProgress = text;
			shownAt = performance.now();
			if (preview === undefined) dispatch({type: 'replaceTimeline', progress: text});
			else dispatch({type: 'replaceTimeline', timeline: narrow({...placeholder(file), timeline: preview, raw: preview}).timeline, progress: text});
		};
		// A sheet is read on a thread of its own; a JSON file here, a slice at a time, its articles by the search worker.
		const delimiter = sheetDelimiterOf(file);
		// The search thread starts while the file is read, so it is ready for the bytes.
		if (onBytes !== undefined && delimiter === undefined) search?.prepare();
		const loading =
			delimiter === undefined
				? loadProgressively(file, shown, options, onProgress, onBytes, pending.narrow === undefined ? prepare : undefined, pending.early)
				: import('../core/load/sheet/progressive-sheet.js').then(({loadSheetProgressively}) =>
						loadSheetProgressively(file, shown, delimiter, options, onProgress, {prepare: pending.narrow === undefined ? prepare : undefined, ...(pending.sheet && {thread: pending.sheet})}),
					);
		loading.then(
			async loaded => {
				if (closed) return;
				const status = warningStatus(loaded.warnings);
				const {timeline} = narrow(loaded);
				// Built already while a JSON file's articles or a sheet's events came in; now only for the events `--filter` kept, a slice per turn.
				for (const steps = prepare(timeline); steps.next().done !== true; ) await new Promise(resolve => setImmediate(resolve));
				if (closed) return;
				search?.loaded(timeline);
				dispatch({type: 'replaceTimeline', timeline, status, progress: undefined});
			},
			async (error: unknown) => {
				if (!closed) fail(await placed(error));
			},
		);
		return () => {
			closed = true;
		};
	}, [pending, dispatch, search]);
}
