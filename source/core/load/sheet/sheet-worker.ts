/**
 * The thread a large sheet is read on in the explorer (bundled as dist/sheet-worker.js), so the
 * screen draws and takes keys meanwhile (see ./progressive-sheet.ts). A sheet's rows are read a
 * run at a time into its TimelineJS document, each run's events posted as soon as it is read, for
 * the explorer's thread to import while this one reads the next: the two halves of the work on two
 * cores. JSON in a file named as a sheet is loaded here whole and posted back a slice at a time.
 */
import {serialize} from 'node:v8';
import {parentPort, workerData} from 'node:worker_threads';
import {isUserError} from '../../model/errors.js';
import {sanitize} from '../../text/sanitize.js';
import {parseTimeline, type LoadedTimeline} from '../load-timeline.js';
import {readText} from '../text-file.js';
import {readSheetRuns} from './load-sheet.js';
import type {SheetAnswer, SheetRun, SheetShell, SheetSlice} from './progressive-sheet.js';
import type {SheetRest} from './sheet-import.js';
import type {SheetJob} from './sheet-thread.js';
import {startsAsJson} from './sheet-kind.js';

/** Events per slice of a loaded JSON file: a few milliseconds to read back. */
const sliceEvents = 2000;

const answer = (message: SheetAnswer) => parentPort?.postMessage(message, 'bytes' in message ? [message.bytes.buffer as ArrayBuffer] : []);
/** `value` serialised, in a buffer of its own (so it moves to the other thread rather than being copied). */
const bytesOf = (value: SheetRun | SheetRest | SheetSlice | SheetShell) => new Uint8Array(serialize(value));

/**
 * The file as `--data` opens it (`openData`). A sheet's events go as JSON text, which the
 * explorer's thread reads back in two thirds of the time serialised bytes take, unless the sheet
 * names a column of JSON cells (`weight (json)`), which may hold what JSON text does not give back
 * (`-0`, `1e999`): then, as JSON in a file named as a sheet, as serialised bytes.
 */
function load({file, delimiter, options}: SheetJob): void {
	const shown = sanitize(file);
	const {text, ascii} = readText(file, shown);
	if (startsAsJson(text)) {
		post(parseTimeline(text, shown, options, ascii));
		return;
	}
	const asText = !text.includes(' (json)');
	const rest = readSheetRuns(text, shown, delimiter, (events, rows) => answer(asText ? {type: 'rows', text: JSON.stringify({events, rows})} : {type: 'rows', bytes: bytesOf({events, rows})}));
	answer({type: 'rest', bytes: bytesOf(rest)});
}

/** A loaded JSON file posted back: the rest first, then its events a slice at a time (with the slice as in the file when sanitising changed it), then the end. */
function post({raw, timeline, ...rest}: LoadedTimeline): void {
	answer({type: 'shell', bytes: bytesOf({loaded: {raw: {...raw, events: []}, timeline: {...timeline, events: []}, ...rest}, same: raw === timeline})});
	for (let from = 0; from < raw.events.length; from += sliceEvents) {
		const asWritten = raw.events.slice(from, from + sliceEvents);
		const events = timeline.events.slice(from, from + sliceEvents);
		answer({type: 'events', bytes: bytesOf(events.every((event, at) => event === asWritten[at]) ? {events: asWritten} : {events, raw: asWritten})});
	}
	answer({type: 'end'});
}

try {
	load(workerData as SheetJob);
} catch (error) {
	answer({
		type: 'error',
		error: isUserError(error) ? {message: error.message, exitCode: error.exitCode} : {message: `internal error: ${sanitize(error instanceof Error ? error.message : String(error))}`, exitCode: 1},
	});
}
