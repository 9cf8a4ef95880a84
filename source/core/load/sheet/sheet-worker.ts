/**
 * The thread a large sheet is read on in the explorer (bundled as dist/sheet-worker.js), so the
 * screen draws and takes keys meanwhile: the file opened as `--data` opens it (`openData`), and
 * the loaded timeline, or the one-line error, posted back (see ./progressive-sheet.ts). The
 * timeline goes as serialised bytes, its events a slice at a time, which the explorer's thread
 * reads back one slice per turn: read back whole, 100,000 events would hold it for a second.
 */
import {serialize} from 'node:v8';
import {parentPort, workerData} from 'node:worker_threads';
import {isUserError} from '../../model/errors.js';
import {openData} from '../open-data.js';
import type {SheetAnswer, SheetJob, SheetRest, SheetSlice} from './progressive-sheet.js';

/** Events per slice: a few milliseconds to read back. */
const sliceEvents = 2000;

const {file, options} = workerData as SheetJob;
const answer = (message: SheetAnswer) => parentPort?.postMessage(message, 'bytes' in message ? [message.bytes.buffer as ArrayBuffer] : []);
/** `value` serialised, in a buffer of its own (so it moves to the other thread rather than being copied). */
const bytesOf = (value: SheetSlice | SheetRest) => new Uint8Array(serialize(value));

openData(file, options).then(
	loaded => {
		const {timeline, raw} = loaded;
		// Sanitising changed nothing (the usual sheet): one timeline, sent once.
		const same = raw === timeline;
		for (let from = 0; from < timeline.events.length; from += sliceEvents) {
			const to = from + sliceEvents;
			answer({type: 'events', bytes: bytesOf({events: timeline.events.slice(from, to), ...(same ? {} : {raw: raw.events.slice(from, to)})})});
		}
		answer({type: 'loaded', bytes: bytesOf({loaded: {...loaded, timeline: {...timeline, events: []}, raw: same ? {...timeline, events: []} : {...raw, events: []}}, same})});
	},
	(error: unknown) =>
		answer({
			type: 'error',
			error: isUserError(error) ? {message: error.message, exitCode: error.exitCode} : {message: `internal error: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1},
		}),
);
