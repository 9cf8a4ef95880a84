/**
 * A large sheet in the explorer: its first lines shown at once; the whole sheet read on a thread
 * of its own (./sheet-worker.ts) a run of rows at a time into TimelineJS JSON, and each run's
 * events imported here as it comes (./sheet-import.ts), a few milliseconds per turn, so the two
 * halves of the work run on two cores and the screen draws and takes keys meanwhile. The answer is
 * what `--data` gives for the sheet before the explorer opens: the same timeline, warnings and
 * one-line errors.
 */
import {deserialize} from 'node:v8';
import {UserError} from '../../model/errors.js';
import {sanitize} from '../../text/sanitize.js';
import type {LoadedTimeline, LoadOptions, StartedThread} from '../load-types.js';
import type {LoadProgress} from '../large/progressive.js';
import type {Prepare} from '../large/sliced.js';
import type {Timeline, TimelineEvent} from '../../model/schema.js';
import {openData} from '../open-data.js';
import {readText} from '../text-file.js';
import {sheetPreview} from './load-sheet.js';
import type {Delimiter} from './parse-sheet.js';
import {startsAsJson} from './sheet-kind.js';
import {SheetImport, type SheetRest} from './sheet-import.js';
import {startSheetThread} from './sheet-thread.js';

/** The loaded JSON file without its events; `same`: sanitising changed nothing in it. */
export type SheetShell = {loaded: LoadedTimeline; same: boolean};
/** A slice of the loaded JSON file's events, sanitised and (when sanitising changed something in the slice) as in the file. */
export type SheetSlice = {events: TimelineEvent[]; raw?: TimelineEvent[]};
/** A run of a sheet's rows read: the events of its TimelineJS document, and the row of each. */
export type SheetRun = {events: unknown[]; rows: number[]};
/**
 * What the thread answers. For a sheet: its events a run of rows at a time (`SheetRun`, as JSON
 * text or serialised with `node:v8`), then the rest of it (`SheetRest`, serialised). For JSON in a
 * file named as a sheet, loaded there: the timeline without its events, its events a slice at a
 * time, then the end. Or the error `--data` would have ended with.
 */
export type SheetAnswer =
	| {type: 'rows'; text: string}
	| {type: 'rows'; bytes: Uint8Array}
	| {type: 'rest'; bytes: Uint8Array}
	| {type: 'shell'; bytes: Uint8Array}
	| {type: 'events'; bytes: Uint8Array}
	| {type: 'end'}
	| {type: 'error'; error: {message: string; exitCode: 1 | 2}};

/** Lines read for the first frame: screens of events, read in some tens of milliseconds. */
const previewLines = 500;

/** How long a turn imports a run's events before keys and frames come in. */
const turnMs = 6;
/** Events imported between looks at the clock: well under a millisecond's work, once the code is warm. */
const importEvents = 25;

/**
 * The whole file, read on a thread of its own; a sheet's events imported here a part of a run
 * per turn as they come, a JSON file's read back a slice per turn; then, a step per turn, `prepare`
 * (the list's rows, the time axis).
 */
function fromThread(thread: StartedThread, file: string, options: LoadOptions, prepare: Prepare | undefined): {answer: Promise<LoadedTimeline>; stop: () => void} {
	// Stopped (the explorer closed, or the preview failed): what has come is not imported.
	let stopped = false;
	const answer = new Promise<LoadedTimeline>((resolve, reject) => {
		const queue: SheetAnswer[] = [];
		// A sheet's events, imported as they come.
		const loading = new SheetImport(file, options);
		let run: (SheetRun & {from: number}) | undefined;
		// Once every row is in: the import checked and sorted, a step per turn.
		let finishing: Generator<void, LoadedTimeline> | undefined;
		// A JSON file's, as they come.
		const events: TimelineEvent[] = [];
		const raw: TimelineEvent[] = [];
		let shell: SheetShell | undefined;
		// A slice sanitising changed: the raw timeline is not the sanitised one.
		let changed = false;
		let reading = false;
		const finish = async (loaded: LoadedTimeline) => {
			thread.stop();
			if (prepare !== undefined) {
				for (const steps = prepare(loaded.timeline); steps.next().done !== true; ) {
					await new Promise(setImmediate);
					if (stopped) return;
				}
			}
			resolve(loaded);
		};
		const read = () => {
			if (stopped) return;
			try {
				if (finishing !== undefined) {
					const step = finishing.next();
					if (step.done === true) finish(step.value).catch(reject);
					else setImmediate(read);
					return;
				}
				if (run !== undefined) {
					const until = performance.now() + turnMs;
					do {
						const to = Math.min(run.from + importEvents, run.events.length);
						loading.add(run.events.slice(run.from, to), run.rows.slice(run.from, to));
						run.from = to;
					} while (run.from < run.events.length && performance.now() < until);
					if (run.from === run.events.length) run = undefined;
					setImmediate(read);
					return;
				}
				const next = queue.shift();
				if (next === undefined) {
					reading = false;
					return;
				}
				if (next.type === 'error') {
					reject(new UserError(next.error.message, next.error.exitCode));
					thread.stop();
					return;
				}
				if (next.type === 'rest') finishing = loading.finishing(deserialize(next.bytes) as SheetRest);
				else if (next.type === 'end') {
					if (shell === undefined) throw new Error("the sheet's thread ended without the timeline");
					const timeline = {...shell.loaded.timeline, events};
					finish({...shell.loaded, timeline, raw: shell.same && !changed ? timeline : {...shell.loaded.raw, events: raw}}).catch(reject);
					return;
				} else if (next.type === 'rows') run = {...(('text' in next ? JSON.parse(next.text) : deserialize(next.bytes)) as SheetRun), from: 0};
				else if (next.type === 'shell') shell = deserialize(next.bytes) as SheetShell;
				else {
					const slice = deserialize(next.bytes) as SheetSlice;
					for (const event of slice.events) events.push(event);
					// A slice sanitising left as it was is its own raw slice.
					for (const event of slice.raw ?? slice.events) raw.push(event);
					changed ||= slice.raw !== undefined;
				}
				setImmediate(read);
			} catch (error) {
				// What cannot be read back, or imported: the load's error, not the explorer's.
				reject(error);
				thread.stop();
			}
		};
		/** The last answer came: the thread ending is no news. */
		let answered = false;
		thread.listen({
			answer(said) {
				// What the sheet's thread (./sheet-worker.ts) posts.
				const message = said as SheetAnswer;
				if (message.type === 'rest' || message.type === 'end' || message.type === 'error') answered = true;
				queue.push(message);
				if (!reading) {
					reading = true;
					setImmediate(read);
				}
			},
			end(how) {
				if ('error' in how) reject(how.error);
				else if (!answered) reject(new Error(`the sheet's thread ended (code ${how.code})`));
			},
		});
	});
	const stop = () => {
		stopped = true;
		// Its ending now says nothing anyone waits for.
		answer.catch(() => {});
		thread.stop();
	};
	return {answer, stop};
}

/**
 * Loads the sheet `file` (`shown` in messages), calling `onProgress` with a preview of its first
 * lines' events as soon as they are read, and running `prepare` on the events as they come back.
 * `thread`: the sheet's thread, if started already (see ./sheet-thread.ts); without the built
 * script (tests running the sources) the whole sheet is read on this thread, after the preview has been drawn.
 */
export async function loadSheetProgressively(
	file: string,
	shown: string,
	delimiter: Delimiter,
	options: LoadOptions,
	onProgress: (progress: LoadProgress, preview?: Timeline) => void,
	{prepare, thread = startSheetThread({file, delimiter, options})}: {prepare?: Prepare | undefined; thread?: StartedThread | undefined} = {},
): Promise<LoadedTimeline> {
	const whole = thread === undefined ? undefined : fromThread(thread, sanitize(file), options, prepare);
	try {
		const {text} = readText(file, shown);
		const preview = startsAsJson(text) ? undefined : sheetPreview(text, shown, delimiter, previewLines);
		onProgress({phase: 'events', fraction: Number.NaN, bytes: text.length}, preview);
		if (whole !== undefined) return await whole.answer;
		await new Promise(resolve => setImmediate(resolve));
		return await openData(file, options);
	} catch (error) {
		whole?.stop();
		throw error;
	}
}
