/**
 * The thread a large sheet is read on in the explorer (bundled as dist/sheet-worker.js), so the
 * screen draws and takes keys meanwhile: the file opened as `--data` opens it, and the loaded
 * timeline, or the one-line error, posted back (see ./progressive-sheet.ts). The events go a slice
 * at a time, each sanitised just before it goes, so the explorer's thread reads back the first
 * slices (one per turn: read back whole, 100,000 events would hold it for a second) while this
 * one makes the later ones safe to show.
 */
import {serialize} from 'node:v8';
import {parentPort, workerData} from 'node:worker_threads';
import {isUserError} from '../../model/errors.js';
import type {Timeline} from '../../model/schema.js';
import {sanitize, sanitizeDeep} from '../../text/sanitize.js';
import {mayNeedSanitizing, parseTimeline, type LoadedTimeline} from '../load-timeline.js';
import {readText} from '../read-file.js';
import {readSheetTimeline} from './load-sheet.js';
import type {SheetAnswer, SheetShell, SheetSlice} from './progressive-sheet.js';
import type {SheetJob} from './sheet-thread.js';
import {startsAsJson} from './sheet-kind.js';

/** Events per slice: a few milliseconds to read back. */
const sliceEvents = 2000;

const answer = (message: SheetAnswer) => parentPort?.postMessage(message, 'bytes' in message ? [message.bytes.buffer as ArrayBuffer] : []);
/** `value` serialised, in a buffer of its own (so it moves to the other thread rather than being copied). */
const bytesOf = (value: SheetSlice | SheetShell) => new Uint8Array(serialize(value));

/** A loaded file: sanitised already (JSON, by the loader) or not (a sheet's, sanitised a slice at a time as it is sent). */
type Loaded = Omit<LoadedTimeline, 'timeline'> & {timeline?: Timeline};

/**
 * The file as `--data` opens it (`openData`), its strings as in the file, and whether JSON text
 * carries its events exactly. A sheet makes strings, lists, objects and `true`, and numbers only
 * from a column of JSON cells (`weight (json)`), which may hold what JSON text does not give back
 * (`-0`, `1e999`); so may JSON in a file named as a sheet. Either goes as serialised bytes; a
 * sheet whose text names no such column anywhere, as JSON text.
 */
function load({file, delimiter, options}: SheetJob): {loaded: Loaded; asText: boolean} {
	const shown = sanitize(file);
	const {text, ascii} = readText(file, shown);
	if (startsAsJson(text)) return {loaded: parseTimeline(text, shown, options, ascii), asText: false};
	return {loaded: readSheetTimeline(text, shown, delimiter, options), asText: !text.includes(' (json)')};
}

/**
 * The loaded timeline posted back: the rest first (its eras, for the list the explorer builds as
 * the events come), then its events a slice at a time, each sanitised as it goes unless the
 * loader did (with the slice as in the file when that changed it), then the end. As JSON text
 * when `asText`: the explorer's thread reads it back in two thirds of the time serialised bytes take.
 */
function post({raw, timeline, ...rest}: Loaded, asText: boolean): void {
	const shellAsWritten: Timeline = {...raw, events: []};
	const shell = sanitizeDeep(shellAsWritten);
	answer({type: 'shell', bytes: bytesOf({loaded: {raw: shellAsWritten, timeline: shell, ...rest}, same: shell === shellAsWritten})});
	for (let from = 0; from < raw.events.length; from += sliceEvents) {
		const asWritten = raw.events.slice(from, from + sliceEvents);
		if (asText) {
			// JSON text escapes every control character, so what it shows of the slice says whether sanitising could change it:
			// the usual slice is sent as written, without a walk over its strings.
			const text = JSON.stringify(asWritten);
			if (!mayNeedSanitizing(text, false)) {
				answer({type: 'events', text: `{"events":${text}}`});
				continue;
			}
		}
		const events = timeline === undefined ? sanitizeDeep(asWritten) : timeline.events.slice(from, from + sliceEvents);
		const slice: SheetSlice = events.every((event, at) => event === asWritten[at]) ? {events: asWritten} : {events, raw: asWritten};
		answer(asText ? {type: 'events', text: JSON.stringify(slice)} : {type: 'events', bytes: bytesOf(slice)});
	}
	answer({type: 'end'});
}

try {
	const {loaded, asText} = load(workerData as SheetJob);
	post(loaded, asText);
} catch (error) {
	answer({
		type: 'error',
		error: isUserError(error) ? {message: error.message, exitCode: error.exitCode} : {message: `internal error: ${sanitize(error instanceof Error ? error.message : String(error))}`, exitCode: 1},
	});
}
