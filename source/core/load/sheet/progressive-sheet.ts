/**
 * A large sheet in the explorer: its first lines shown at once, the whole sheet read on a thread
 * of its own (./sheet-worker.ts), so the screen draws and takes keys while 100,000 rows are read,
 * turned into TimelineJS JSON and imported. The answer is what `--data` gives for the sheet before
 * the explorer opens: the same timeline, warnings and one-line errors.
 */
import {deserialize} from 'node:v8';
import {UserError} from '../../model/errors.js';
import type {LoadedTimeline, LoadOptions, StartedThread} from '../load-types.js';
import type {LoadProgress} from '../large/progressive.js';
import type {Prepare} from '../large/sliced.js';
import type {Timeline, TimelineEvent} from '../../model/schema.js';
import {openData} from '../open-data.js';
import {readText} from '../read-file.js';
import {sheetPreview} from './load-sheet.js';
import type {Delimiter} from './parse-sheet.js';
import {startsAsJson} from './sheet-kind.js';
import {startSheetThread} from './sheet-thread.js';

/** The loaded sheet without its events; `same`: sanitising changed nothing in it. */
export type SheetShell = {loaded: LoadedTimeline; same: boolean};
/** A slice of the loaded sheet's events, sanitised and (when sanitising changed something in the slice) as in the file. */
export type SheetSlice = {events: TimelineEvent[]; raw?: TimelineEvent[]};
/**
 * What the thread answers: the loaded sheet without its events, serialised (`node:v8`); its events
 * a slice at a time, serialised or, what a sheet makes, as JSON text; then the end. Or the error
 * `--data` would have ended with.
 */
export type SheetAnswer =
	| {type: 'shell'; bytes: Uint8Array}
	| {type: 'events'; bytes: Uint8Array}
	| {type: 'events'; text: string}
	| {type: 'end'}
	| {type: 'error'; error: {message: string; exitCode: 1 | 2}};

/** Lines read for the first frame: screens of events, read in some tens of milliseconds. */
const previewLines = 500;

/**
 * The whole sheet, read on a thread of its own; its answer read back a slice per turn, so keys and
 * frames come in between, with a step of `prepare` (the list's rows, the time axis) after each.
 */
function fromThread(thread: StartedThread, prepare: Prepare | undefined): {answer: Promise<LoadedTimeline>; stop: () => void} {
	const answer = new Promise<LoadedTimeline>((resolve, reject) => {
		const queue: SheetAnswer[] = [];
		const events: TimelineEvent[] = [];
		const raw: TimelineEvent[] = [];
		let shell: SheetShell | undefined;
		let steps: Generator<void> | undefined;
		let ended = false;
		// A slice sanitising changed: the raw timeline is not the sanitised one.
		let changed = false;
		let reading = false;
		const finish = async (whole: SheetShell) => {
			thread.stop();
			// The last events' rows, a step per turn.
			while (steps !== undefined && steps.next().done !== true) await new Promise(setImmediate);
			const timeline = {...whole.loaded.timeline, events};
			resolve({...whole.loaded, timeline, raw: whole.same && !changed ? timeline : {...whole.loaded.raw, events: raw}});
		};
		const read = () => {
			try {
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
				if (next.type === 'shell') {
					shell = deserialize(next.bytes) as SheetShell;
					steps = prepare?.({events, eras: shell.loaded.timeline.eras}, () => !ended);
				} else if (next.type === 'events') {
					const slice = ('text' in next ? JSON.parse(next.text) : deserialize(next.bytes)) as SheetSlice;
					for (const event of slice.events) events.push(event);
					// A slice sanitising left as it was is its own raw slice.
					for (const event of slice.raw ?? slice.events) raw.push(event);
					changed ||= slice.raw !== undefined;
				} else ended = true;
				// The rows and axis as far as the events go.
				steps?.next();
				if (!ended) setImmediate(read);
				else if (shell === undefined) reject(new Error("the sheet's thread ended without the timeline"));
				else finish(shell).catch(reject);
			} catch (error) {
				// A slice that cannot be read back: the load's error, not the explorer's.
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
				if (message.type === 'end' || message.type === 'error') answered = true;
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
	const whole = thread === undefined ? undefined : fromThread(thread, prepare);
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
