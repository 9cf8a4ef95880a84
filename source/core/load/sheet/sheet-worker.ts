/**
 * The thread a large sheet is read on in the explorer (bundled as dist/sheet-worker.js), so the
 * screen draws and takes keys meanwhile: the file opened as `--data` opens it (`openData`), and
 * the loaded timeline, or the one-line error, posted back (see ./progressive-sheet.ts).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {isUserError} from '../../model/errors.js';
import {openData} from '../open-data.js';
import type {SheetAnswer, SheetJob} from './progressive-sheet.js';

const {file, options} = workerData as SheetJob;
const answer = (message: SheetAnswer) => parentPort?.postMessage(message);
openData(file, options).then(
	loaded => answer({loaded}),
	(error: unknown) =>
		answer({error: isUserError(error) ? {message: error.message, exitCode: error.exitCode} : {message: `internal error: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1}}),
);
