/**
 * `--watch`: the explorer follows its file. Each change (see watch-file.ts) reads the file again;
 * a good version replaces the one on screen (`replaceTimeline`, keeping the reader's place by
 * event id), a bad one leaves it there and puts the file's first problem on the status line.
 */
import {useEffect, type Dispatch} from 'react';
import type {TimelineFile} from '../core/load/load-timeline.js';
import {reloadTimeline} from '../core/load/reload.js';
import {sanitize} from '../core/text/sanitize.js';
import type {Action} from '../state/messages.js';
import {warningStatus} from '../state/state.js';
import {serial, watchFile} from './watch-file.js';

export type WatchOptions = {
	/** The file to follow; none: nothing is watched. */
	target: TimelineFile | undefined;
	dispatch: Dispatch<Action>;
};

/** Follows `target` while the explorer runs (nothing when it is undefined). */
export function useWatch({target, dispatch}: WatchOptions): void {
	useEffect(() => {
		if (target === undefined) return;
		const {file, shown, options, narrow = loaded => loaded} = target;
		let seen: string | undefined;
		let closed = false;
		const reader = serial(async () => {
			const reloaded = await reloadTimeline(file, shown, options, seen);
			if (closed || reloaded === undefined) return;
			if (reloaded.kind === 'loaded') {
				seen = reloaded.text;
				// What the reload skipped (an event without a date, a comment) is said, as when the file was opened.
				dispatch({type: 'replaceTimeline', timeline: narrow(reloaded.loaded).timeline, status: warningStatus(reloaded.loaded.warnings)});
			} else {
				// Not noted as seen: saving the same broken text again says its problem again.
				seen = undefined;
				dispatch({type: 'replaceTimeline', status: {kind: 'error', text: reloaded.problem}});
			}
		});
		const stop = watchFile(file, reader.run, {
			onError: error => dispatch({type: 'replaceTimeline', status: {kind: 'error', text: `${shown}: cannot watch: ${sanitize(error.message)}`}}),
		});
		return () => {
			closed = true;
			reader.close();
			stop();
		};
	}, [target, dispatch]);
}
