/**
 * Parsing and checking a large sc-timeline file a slice at a time, so the thread that draws the
 * explorer keeps drawing and reading keys: the file's bytes are laid out without parsing
 * (json-layout.ts), then its events and sources are decoded, parsed and validated a few hundred
 * kilobytes at a time, with a turn of the event loop whenever a slice of time is used. The whole
 * file is never one string. The first few thousand events are shown as soon as they are in, while
 * the rest and the articles load.
 *
 * The ordinary loader stays the authority: anything this path does not expect (a syntax error, a
 * field that fails validation, a TimelineJS file) is handed to `parseTimeline`, which gives the
 * same answer, or the same one-line error with its place, as for any command.
 */
import {isAscii} from 'node:buffer';
import type {Source, Timeline, TimelineEvent} from '../../model/schema.js';
import {CitationBatches, CitationList, lazySources, type ArticleReading, type EventCitations} from './lazy-sources.js';
import type {FileOnDisk} from './file-on-disk.js';
import {parseTimeline, type LoadedTimeline, type LoadOptions} from '../load-timeline.js';
import {checkCitations, checkReferences, soundEvents} from '../../model/cross-references.js';
import {DateOrder, sortEvents} from '../../model/dates.js';
import {sanitizeDeep} from '../../text/sanitize.js';
import {jsonLayout, lastArrayHead, openShell, type ArrayLayout, type TopLayout} from './json-layout.js';
import {chunksOf, fileShell, runsOf, type FileBytes, type Parsed} from './file-bytes.js';
import {letGo} from '../../let-go.js';
import {readBytes, readError} from '../read-file.js';
import {decodeText} from '../text-file.js';

/** Where the load has got to: a phase and a fraction done. */
export type SlicedProgress = {phase: 'scanning' | 'events' | 'articles' | 'checking'; fraction: number};

/** Time the loader spends before letting the explorer draw and read keys: a key waits at most this long. */
const sliceMs = 15;
/** Events checked at a time: a few milliseconds. */
const checkSlice = 5000;

/** Events shown while the articles load: screens enough to move around in, cheap to sort and index. */
export const previewEvents = 5000;

/** Awaits a turn of the event loop (timers, input, then this) once `sliceMs` has been used. */
function pacer(): () => Promise<void> {
	let started = performance.now();
	return async () => {
		if (performance.now() - started < sliceMs) return;
		await new Promise<void>(resolve => setImmediate(resolve));
		started = performance.now();
	};
}

/**
 * The elements of one array of the file, parsed and validated a chunk at a time; undefined at the
 * first problem.
 */
async function parseElements<T>(
	file: FileBytes,
	layout: ArrayLayout,
	kind: 'sources' | 'events',
	pause: () => Promise<void>,
	progress: (fraction: number) => void,
	early?: {count: number; show: (first: T[]) => void},
): Promise<Parsed<T> | undefined> {
	const raw: T[] = [];
	const clean: T[] = [];
	const failed = {yes: false};
	for (const {chunk, read} of chunksOf<T>(file, layout, kind, failed)) {
		for (let i = 0; i < chunk.raw.length; i++) {
			raw.push(chunk.raw[i]!);
			clean.push(chunk.clean[i]!);
		}
		progress(read / layout.starts.length);
		if (early !== undefined && (clean.length >= early.count || read === layout.starts.length)) {
			early.show(clean.slice(0, early.count));
			early = undefined;
		}
		await pause();
	}
	return failed.yes ? undefined : {raw, clean};
}

/**
 * The elements of an array after the first ones (`head`, parsed as `first`), parsed and validated a
 * run at a time (see `elementRuns`) and added to `first`, and their citations to `citations`; gives
 * one past the array's end, or undefined at the first problem.
 */
async function restOfEvents(
	file: FileBytes,
	head: ArrayLayout,
	first: Parsed<TimelineEvent>,
	citations: CitationBatches | undefined,
	pause: () => Promise<void>,
	progress: (fraction: number) => void,
): Promise<number | undefined> {
	const {bytes} = file;
	const runs = runsOf<TimelineEvent>(file, head.ends.at(-1)!, 'events');
	for (let step = runs.next(); ; step = runs.next()) {
		if (step.done === true) return step.value;
		const {raw, clean} = step.value.value;
		for (let i = 0; i < raw.length; i++) {
			first.raw.push(raw[i]!);
			first.clean.push(clean[i]!);
		}
		citations?.add(raw);
		progress((step.value.end - head.start) / (bytes.length - head.start));
		await pause();
	}
}

/**
 * The file's layout, its top-level object without its long arrays (`shell`), and its events, parsed
 * and validated; undefined at anything unexpected (the ordinary loader then words it). Given the
 * layout another thread is finding (`told`), the events are read at once from where they seem to be
 * (the array under the file's last `"events":`) while it does, their citations sent as they come
 * (`cite`, to that thread: see `CitationBatches`), and kept if the layout agrees; else the file is laid out here
 * first. `show` is called once, with the first events and the shell when it is known by then.
 * `from`: where `whole` starts in the file, when it is only the file's last part (see
 * `FilePart`): then nothing outside it can be read here, and a layout that does not agree gives
 * undefined.
 */
async function layoutAndEvents(
	whole: FileBytes,
	told: Promise<TopLayout | undefined> | undefined,
	pause: () => Promise<void>,
	report: (progress: SlicedProgress) => void,
	show: (progress: SlicedProgress, first: TimelineEvent[], shell: Timeline | undefined) => void,
	from?: number,
	cite?: (batch: EventCitations | null) => void,
): Promise<{layout: TopLayout; events: Parsed<TimelineEvent>; shell: Timeline; citations?: CitationBatches} | undefined> {
	const {bytes} = whole;
	let shown = false;
	const early = (total: number, shell?: Timeline) => ({
		count: previewEvents,
		show: (first: TimelineEvent[]) => {
			shown = true;
			show({phase: 'events', fraction: first.length / total}, first, shell);
		},
	});
	// The first events, shown at once, where the file keeps its events last.
	// A part starts at that key: not searched for again, through the tens of megabytes of events after it.
	const keyAt = from === undefined ? undefined : 0;
	const head = lastArrayHead(bytes, 'events', previewEvents, keyAt);
	const first = head === undefined ? undefined : await parseElements<TimelineEvent>(whole, head, 'events', pause, () => {});
	if (first !== undefined) {
		shown = true;
		show({phase: told === undefined ? 'scanning' : 'events', fraction: 0}, first.clean, undefined);
	}
	let layout: TopLayout | undefined;
	if (told !== undefined && head !== undefined && first !== undefined) {
		// The rest of the array, in runs found without laying out each event (the other thread's layout checks the guess).
		// Their citations as they come, for the other thread.
		const citations = cite === undefined ? undefined : new CitationBatches(cite).add(first.raw);
		const end = head.end !== -1 ? head.end : await restOfEvents(whole, head, first, citations, pause, fraction => report({phase: 'events', fraction}));
		layout = await told;
		const at = from ?? 0;
		const laid = layout?.arrays.get('events');
		// The other thread found the events where this one read them: laid out to the same end, or (`open`) left for this one to end.
		const same = layout?.open?.key === 'events' ? layout.open.start === head.start + at : laid?.start === head.start + at && laid.end === (end ?? 0) + at;
		if (layout !== undefined && end !== undefined && same) {
			const top = layout.open === undefined ? layout.head : openShell(layout, layout.head, bytes, end);
			const shell = top === undefined ? undefined : fileShell(top);
			if (shell === undefined) citations?.cancel();
			return shell === undefined ? undefined : {layout, events: first, shell, citations};
		}
		citations?.cancel();
	} else layout = await told;
	if (from !== undefined) return undefined;
	// The other thread's layout, unless it stopped at the events, left for this one to read.
	if (layout === undefined || layout.open !== undefined) {
		const scan = jsonLayout(bytes, ['sources', 'events']);
		let step = scan.next();
		while (step.done !== true) {
			report({phase: 'scanning', fraction: step.value / bytes.length});
			await pause();
			step = scan.next();
		}
		layout = step.value;
	}
	const eventsLayout = layout?.arrays.get('events');
	const shell = layout === undefined ? undefined : fileShell(layout.head);
	if (layout === undefined || eventsLayout === undefined || shell === undefined) return undefined;
	// Without a preview yet, the first events are shown as soon as they are in.
	const events = await parseElements<TimelineEvent>(
		whole,
		eventsLayout,
		'events',
		pause,
		fraction => report({phase: 'events', fraction}),
		shown ? undefined : early(eventsLayout.starts.length, shell),
	);
	return events === undefined ? undefined : {layout, events, shell};
}

/** The whole file, decoded at once, for the ordinary loader: as every file is read (`decodeText`), so bytes that are not UTF-8 are an error at their place. */
function wholeText({bytes, ascii}: FileBytes, file: string): string {
	return decodeText(bytes, file, {ascii});
}

/**
 * What showing the loaded timeline will need of its events and eras (the list's rows, the time
 * axis), built a step at a time: run while the search worker reads the articles (or once a large
 * sheet's events are checked and sorted), so showing the timeline does not hold the thread for it.
 */
export type Prepare = (shown: {events: TimelineEvent[]; eras?: Timeline['eras'] | undefined}) => Generator<void>;

/**
 * The last part of a file, from `from` (its last `"events":`) to its end, the search worker
 * reading the whole file, laying it out and reading the articles. What
 * lies outside it is not read here: the ordinary loader, if it has to take over, reads the file
 * again from `disk`. `memory`: what `bytes` are part of, when they are not all of it (see
 * `FileTail`): let go of with them.
 */
export type FilePart = {bytes: Buffer; from: number; disk: FileOnDisk; memory?: ArrayBuffer};

/** The whole file at `disk`, read again, for the ordinary loader. */
async function readAgain(disk: FileOnDisk, file: string): Promise<FileBytes> {
	try {
		const bytes = await readBytes(disk.path);
		return {bytes, ascii: isAscii(bytes)};
	} catch (error) {
		throw readError(error, file, 'a JSON file');
	}
}

/**
 * Loads `given` (the file `file`, named as shown: its bytes, or its last part), reporting progress,
 * and as soon as they are in, a preview: the first `previewEvents` events of the file in date
 * order, without their articles. `articles`: the search worker's report on the file's articles,
 * when it reads them alongside; then they are not read here but when first shown (lazy-sources.ts),
 * from the file for a part (so its bytes can go once loaded), else from the bytes. `prepare`: see `Prepare`.
 */
export async function loadSliced(
	given: Buffer | FilePart,
	file: string,
	options: LoadOptions,
	report: (progress: SlicedProgress, preview?: Timeline) => void,
	articles?: ArticleReading,
	prepare?: Prepare,
): Promise<LoadedTimeline> {
	const part = Buffer.isBuffer(given) ? undefined : given;
	const bytes = part === undefined ? (given as Buffer) : part.bytes;
	const whole: FileBytes = {bytes, ascii: isAscii(bytes)};
	const exact = async () => {
		if (part === undefined) return parseTimeline(wholeText(whole, file), file, options, whole.ascii);
		await letGo(part.memory ?? bytes);
		const again = await readAgain(part.disk, file);
		return parseTimeline(wholeText(again, file), file, options, again.ascii);
	};
	const pause = pacer();
	// The first events, shown while the rest load.
	const preview = (first: TimelineEvent[], shell: Timeline) => {
		// Copies: an event's article is remembered per event object, and these have no sources yet.
		const events = first.map(event => ({...event}));
		sortEvents(events);
		return {...shell, sources: [], events};
	};
	const unnamed: Timeline = {format: 'sc-timeline/1', title: file, notes: [], sources: [], events: [], topics: [], statements: []};
	const laidOut = await layoutAndEvents(
		whole,
		articles?.layout,
		pause,
		report,
		(progress, first, shell) => report(progress, preview(first, sanitizeDeep(shell ?? unnamed))),
		part?.from,
		articles === undefined ? undefined : batch => articles.citations(batch),
	);
	if (laidOut === undefined) return exact();
	const {layout, events, shell} = laidOut;
	const sourcesLayout = layout.arrays.get('sources') ?? {start: 0, end: 0, starts: [], ends: []};
	const clean = sanitizeDeep(shell);
	// The worker reading the articles checks them against the events' citations, rather than reading the events too.
	if (articles !== undefined) {
		if (laidOut.citations !== undefined) laidOut.citations.finish();
		else {
			const citations = new CitationList();
			for (let from = 0; from < events.raw.length; from += checkSlice) {
				citations.add(events.raw.slice(from, from + checkSlice));
				await pause();
			}
			articles.citations(citations.finish());
		}
	}
	// Everything but the citations is checked, and the events sorted, while the articles come in.
	report({phase: 'checking', fraction: 0});
	if (checkReferences({...shell, sources: [], events: []}, {citations: 'later'}) !== undefined) return exact();
	// What checkReferences asks of each event but its citations (the search worker checks those): a unique id, sound dates.
	const checks = soundEvents(events.raw, checkSlice);
	let sound = checks.next();
	for (; sound.done !== true; sound = checks.next()) await pause();
	if (!sound.value) return exact();
	await pause();
	// The same stable date order for both forms: the clean events follow their raw ones.
	const same = events.raw.every((event, index) => event === events.clean[index]);
	const cleanOf = same ? undefined : new Map(events.raw.map((event, index) => [event, events.clean[index]!]));
	const order = new DateOrder(events.raw);
	while (!order.read(checkSlice)) await pause();
	order.sort();
	// Read by the search worker alongside: waited for (the header says so), else read here.
	if (articles !== undefined) report({phase: 'articles', fraction: Number.NaN});
	// Meanwhile, what showing the timeline needs (its events are these, sorted, when nothing was sanitised).
	if (same && prepare !== undefined) for (const steps = prepare({events: events.raw, eras: clean.eras}); steps.next().done !== true; ) await pause();
	const checked = await articles?.report;
	const lazy = checked !== undefined && checked.ids.length === sourcesLayout.starts.length;
	// The articles of a part are not here to be read: the ordinary loader takes over.
	if (!lazy && part !== undefined) return exact();
	const sources = lazy
		? lazySources(part?.disk ?? whole, sourcesLayout, checked, file)
		: await parseElements<Source>(whole, sourcesLayout, 'sources', pause, fraction => report({phase: 'articles', fraction}));
	if (sources === undefined) return exact();

	// The citations (the search worker checked the events', and the sources' ids, when it read the articles).
	const raw: Timeline = {...shell, sources: sources.raw, events: events.raw};
	if (checkCitations(raw, {eventsChecked: lazy}) !== undefined) return exact();
	const timeline: Timeline = {...clean, sources: sources.clean, events: cleanOf === undefined ? raw.events : raw.events.map(event => cleanOf.get(event)!)};
	// Everything here was copied out of a part's bytes, and its articles are read from the file: its memory goes now.
	if (part !== undefined) void letGo(part.memory ?? bytes);
	return {raw, timeline, file, format: 'sc-timeline', warnings: []};
}
