/**
 * A large sheet in the explorer: its first lines shown at once, the whole sheet read on a thread
 * of its own (./sheet-worker.ts), so the screen draws and takes keys while 100,000 rows are read,
 * turned into TimelineJS JSON and imported. The answer is what `--data` gives for the sheet before
 * the explorer opens: the same timeline, warnings and one-line errors.
 */
import {deserialize} from 'node:v8';
import {Worker} from 'node:worker_threads';
import {UserError} from '../../model/errors.js';
import type {LoadedTimeline, LoadOptions} from '../load-types.js';
import type {LoadProgress} from '../large/progressive.js';
import type {Timeline, TimelineEvent} from '../../model/schema.js';
import {openData} from '../open-data.js';
import {readText} from '../read-file.js';
import {besideBundle} from '../../worker-script.js';
import {sheetPreview} from './load-sheet.js';
import type {Delimiter} from './parse-sheet.js';
import {startsAsJson} from './sheet-kind.js';

/** What the sheet's thread is given. */
export type SheetJob = {file: string; delimiter: Delimiter; options: LoadOptions};
/** A slice of the loaded sheet's events, sanitised and (when sanitising changed something in the slice) as in the file. */
export type SheetSlice = {events: TimelineEvent[]; raw?: TimelineEvent[]};
/** The loaded sheet without its events; `same`: its raw timeline is its sanitised one (no slice came with `raw`). */
export type SheetRest = {loaded: LoadedTimeline; same: boolean};
/**
 * What the thread answers: slices of events, then the rest, each serialised (`node:v8`) or, a
 * slice of what a sheet makes, as JSON text; or the error `--data` would have ended with.
 */
export type SheetAnswer = {type: 'events'; bytes: Uint8Array} | {type: 'events'; text: string} | {type: 'loaded'; bytes: Uint8Array} | {type: 'error'; error: {message: string; exitCode: 1 | 2}};

/** Lines read for the first frame: screens of events, read in some tens of milliseconds. */
const previewLines = 500;

/** The whole sheet, read on a thread of its own; its answer read back a slice per turn, so keys and frames come in between. */
function inThread(script: URL, job: SheetJob): {answer: Promise<LoadedTimeline>; stop: () => void} {
	const worker = new Worker(script, {workerData: job});
	worker.unref();
	const answer = new Promise<LoadedTimeline>((resolve, reject) => {
		const queue: SheetAnswer[] = [];
		const events: TimelineEvent[] = [];
		const raw: TimelineEvent[] = [];
		let reading = false;
		const read = () => {
			const next = queue.shift();
			if (next === undefined) {
				reading = false;
				return;
			}
			if (next.type === 'error') {
				reject(new UserError(next.error.message, next.error.exitCode));
				void worker.terminate();
				return;
			}
			if (next.type === 'events') {
				const slice = ('text' in next ? JSON.parse(next.text) : deserialize(next.bytes)) as SheetSlice;
				for (const event of slice.events) events.push(event);
				// A slice sanitising left as it was is its own raw slice.
				for (const event of slice.raw ?? slice.events) raw.push(event);
				setImmediate(read);
				return;
			}
			const {loaded, same} = deserialize(next.bytes) as SheetRest;
			const timeline = {...loaded.timeline, events};
			resolve({...loaded, timeline, raw: same ? timeline : {...loaded.raw, events: raw}});
			void worker.terminate();
		};
		/** The last answer came: the thread ending is no news. */
		let answered = false;
		worker.on('message', (message: SheetAnswer) => {
			if (message.type !== 'events') answered = true;
			queue.push(message);
			if (!reading) {
				reading = true;
				setImmediate(read);
			}
		});
		worker.once('error', reject);
		worker.once('exit', code => {
			if (!answered) reject(new Error(`the sheet's thread ended (code ${code})`));
		});
	});
	const stop = () => {
		// Its ending now says nothing anyone waits for.
		answer.catch(() => {});
		void worker.terminate();
	};
	return {answer, stop};
}

/**
 * Loads the sheet `file` (`shown` in messages), calling `onProgress` with a preview of its first
 * lines' events as soon as they are read. `script`: the thread's (the built dist/sheet-worker.js);
 * without it (tests running the sources) the whole sheet is read on this thread, after the preview has been drawn.
 */
export async function loadSheetProgressively(
	file: string,
	shown: string,
	delimiter: Delimiter,
	options: LoadOptions,
	onProgress: (progress: LoadProgress, preview?: Timeline) => void,
	script = besideBundle('sheet-worker.js'),
): Promise<LoadedTimeline> {
	const whole = script === undefined ? undefined : inThread(script, {file, delimiter, options});
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
