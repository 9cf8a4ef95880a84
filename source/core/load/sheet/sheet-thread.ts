/**
 * The thread a large sheet is read on in the explorer (./sheet-worker.ts, dist/sheet-worker.js),
 * started as soon as the command line knows the explorer will show the sheet, while the
 * explorer's own code loads, rather than after its first frame. What the thread says before the
 * explorer's loader (./progressive-sheet.ts) listens waits here, so nothing it says is lost,
 * an early error included. No dependency but the worker API, so the command line stays small.
 */
import {Worker} from 'node:worker_threads';
import type {LoadOptions, StartedThread} from '../load-types.js';
import {besideBundle} from '../../worker-script.js';
import type {Delimiter} from './parse-sheet.js';

/** What the sheet's thread is given. */
export type SheetJob = {file: string; delimiter: Delimiter; options: LoadOptions};

type Listener = Parameters<StartedThread['listen']>[0];
/** How the thread ended: an error it threw, or its exit code. */
type Ending = Parameters<Listener['end']>[0];

/** The thread, its answers (./progressive-sheet.ts `SheetAnswer`) kept until it is listened to. */
export class SheetThread implements StartedThread {
	readonly #worker: Worker;
	readonly #said: unknown[] = [];
	#ended: Ending | undefined;
	#listener: Listener | undefined;

	constructor(script: URL, job: SheetJob) {
		this.#worker = new Worker(script, {workerData: job});
		this.#worker.unref();
		this.#worker.on('message', (answer: unknown) => (this.#listener === undefined ? this.#said.push(answer) : this.#listener.answer(answer)));
		const end = (how: Ending) => {
			if (this.#ended !== undefined) return;
			this.#ended = how;
			this.#listener?.end(how);
		};
		this.#worker.once('error', error => end({error}));
		this.#worker.once('exit', code => end({code}));
	}

	/** Hands what the thread has said, then says, to `listener`; once only. */
	listen(listener: Listener): void {
		this.#listener = listener;
		for (const answer of this.#said.splice(0)) listener.answer(answer);
		if (this.#ended !== undefined) listener.end(this.#ended);
	}

	stop(): void {
		void this.#worker.terminate();
	}
}

/** The sheet's thread, started on `job`; undefined without the built script (tests running the sources). */
export function startSheetThread(job: SheetJob, script = besideBundle('sheet-worker.js')): SheetThread | undefined {
	return script === undefined ? undefined : new SheetThread(script, job);
}
