/**
 * What the explorer keeps between runs (the search history, marks per timeline file), in the XDG
 * state directory (core/session/state-file.ts): read once when it opens, written (atomically) when the
 * reducer changes them. A file that cannot be read or written is reported on the status line,
 * never fatal. Without `files` (--no-history, and in tests) nothing is read or written.
 */
import {useEffect, useRef, type Dispatch} from 'react';
import {historyFile, readHistory, writeHistory} from '../core/session/history.js';
import {marksFile, readMarks, writeMarks, type Marks} from '../core/session/marks.js';
import type {Action} from '../state/messages.js';

/** Where state is kept: the history file, the marks file and the timeline file the marks belong to. */
export type StateFiles = {history: string; marks: string; timeline: string};

/** The default files in the XDG state directory for marks of `timeline` (a path). */
export function defaultStateFiles(timeline: string): StateFiles {
	return {history: historyFile(), marks: marksFile(), timeline};
}

export type StateFilesOptions = {
	/** Where to keep them; none: nothing is read or written. */
	files: StateFiles | undefined;
	/** The search history and marks as the reducer holds them. */
	history: readonly string[];
	marks: Marks;
	dispatch: Dispatch<Action>;
};

/** Reads the history and marks once, then saves each whenever it changes. */
export function useStateFiles({files, history, marks, dispatch}: StateFilesOptions): void {
	// What was read (or last written): nothing is written back until the file has been read, nor rewritten unchanged.
	const saved = useRef<{history?: readonly string[]; marks?: Marks}>({});

	useEffect(() => {
		if (files === undefined) return;
		const readQueries = readHistory(files.history);
		const readMarksResult = readMarks(files.timeline, files.marks);
		saved.current = {history: readQueries.queries, marks: readMarksResult.marks};
		dispatch({type: 'historyLoaded', queries: readQueries.queries});
		dispatch({type: 'marksLoaded', marks: readMarksResult.marks});
		// Both files set aside is two things to know: one line holds both, said once when it is the same for both.
		const history = readQueries.message;
		const marksMessage = readMarksResult.message;
		const text =
			history !== undefined && marksMessage !== undefined
				? history.replace(/^search history\b/, 'marks') === marksMessage
					? `search history and ${marksMessage}`
					: `${history}; ${marksMessage}`
				: (history ?? marksMessage);
		if (text !== undefined) dispatch({type: 'stateMessage', text});
	}, [files, dispatch]);

	useEffect(() => {
		if (files === undefined || saved.current.history === undefined || saved.current.history === history || history.length === 0) return;
		const base = saved.current.history;
		saved.current.history = history;
		const message = writeHistory(history, files.history, base);
		if (message !== undefined) dispatch({type: 'stateMessage', text: message});
	}, [files, history, dispatch]);

	useEffect(() => {
		if (files === undefined || saved.current.marks === undefined || saved.current.marks === marks || Object.keys(marks).length === 0) return;
		const base = saved.current.marks;
		saved.current.marks = marks;
		const message = writeMarks(files.timeline, marks, files.marks, base);
		if (message !== undefined) dispatch({type: 'stateMessage', text: message});
	}, [files, marks, dispatch]);
}
