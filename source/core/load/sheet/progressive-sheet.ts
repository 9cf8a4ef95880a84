/**
 * A large sheet in the explorer: its first lines shown at once, the whole sheet read on a thread
 * of its own (./sheet-worker.ts), so the screen draws and takes keys while 100,000 rows are read,
 * turned into TimelineJS JSON and imported. The answer is what `--data` gives for the sheet before
 * the explorer opens: the same timeline, warnings and one-line errors.
 */
import {Worker} from 'node:worker_threads';
import {UserError} from '../../model/errors.js';
import type {LoadedTimeline, LoadOptions} from '../load-types.js';
import type {LoadProgress} from '../large/progressive.js';
import type {Timeline} from '../../model/schema.js';
import {openData} from '../open-data.js';
import {readText} from '../read-file.js';
import {besideBundle} from '../../worker-script.js';
import {sheetPreview} from './load-sheet.js';
import type {Delimiter} from './parse-sheet.js';
import {startsAsJson} from './sheet-kind.js';

/** What the sheet's thread is given. */
export type SheetJob = {file: string; options: LoadOptions};
/** What it answers: the loaded sheet, or the error `--data` would have ended with. */
export type SheetAnswer = {loaded: LoadedTimeline} | {error: {message: string; exitCode: 1 | 2}};

/** Lines read for the first frame: a screenful many times over, in tens of milliseconds. */
const previewLines = 2000;

/** The whole sheet, read on a thread of its own. */
function inThread(script: URL, job: SheetJob): {answer: Promise<LoadedTimeline>; stop: () => void} {
	const worker = new Worker(script, {workerData: job});
	worker.unref();
	const answer = new Promise<LoadedTimeline>((resolve, reject) => {
		worker.once('message', (message: SheetAnswer) => {
			if ('loaded' in message) resolve(message.loaded);
			else reject(new UserError(message.error.message, message.error.exitCode));
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', code => reject(new Error(`the sheet's thread ended (code ${code})`)));
	});
	return {answer, stop: () => void worker.terminate()};
}

/**
 * Loads the sheet `file` (`shown` in messages), calling `onProgress` with a preview of its first
 * lines' events as soon as they are read. Without the built worker script (tests running the
 * sources) the whole sheet is read on this thread, after the preview has been drawn.
 */
export async function loadSheetProgressively(
	file: string,
	shown: string,
	delimiter: Delimiter,
	options: LoadOptions,
	onProgress: (progress: LoadProgress, preview?: Timeline) => void,
): Promise<LoadedTimeline> {
	const script = besideBundle('sheet-worker.js');
	const whole = script === undefined ? undefined : inThread(script, {file, options});
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
