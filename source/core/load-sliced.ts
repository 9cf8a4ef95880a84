/**
 * Parsing and checking a large sc-timeline file a slice at a time, so the thread that draws the
 * explorer keeps drawing and reading keys: the text is laid out without parsing (json-layout.ts),
 * then its events and sources are parsed and validated a few hundred kilobytes at a time, with a
 * turn of the event loop whenever a slice of time is used. The first few thousand events are shown
 * as soon as they are in, while the rest and the articles load.
 *
 * The ordinary loader stays the authority: anything this path does not expect (a syntax error, a
 * field that fails validation, a TimelineJS file) is handed to `parseTimeline`, which gives the
 * same answer, or the same one-line error with its place, as for any command.
 */
import * as v from 'valibot';
import {EventSchema, SourceSchema, TimelineSchema, type Timeline, type TimelineEvent} from './schema.js';
import {longString, mayNeedSanitizing, parseTimeline, type LoadedTimeline, type LoadOptions} from './load.js';
import {checkReferences} from './references.js';
import {sortEvents} from './dates.js';
import {sanitizeDeep} from './sanitize.js';
import {jsonLayout, lastArrayHead, type ArrayLayout} from './json-layout.js';

/** Where the load has got to: a phase and a fraction done. */
export type SlicedProgress = {phase: 'scanning' | 'events' | 'articles' | 'checking'; fraction: number};

/** Time the loader spends before letting the explorer draw and read keys: a key waits at most this long. */
const sliceMs = 25;
/** Characters parsed at once: a few milliseconds of JSON.parse and validation. */
const chunkChars = 256 * 1024;
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

type Parsed<T> = {raw: T[]; clean: T[]};

/** The elements of one array of the file, parsed and validated a chunk at a time; undefined at the first problem. */
async function parseElements<T>(
	text: string,
	layout: ArrayLayout,
	schema: v.GenericSchema<unknown, T>,
	pause: () => Promise<void>,
	progress: (fraction: number) => void,
	early?: {count: number; show: (first: T[]) => void},
): Promise<Parsed<T> | undefined> {
	const raw: T[] = [];
	const clean: T[] = [];
	const {starts, ends} = layout;
	const array = v.array(schema);
	for (let from = 0; from < starts.length; ) {
		let to = from + 1;
		while (to < starts.length && ends[to]! - starts[from]! < chunkChars) to++;
		const slice = text.slice(starts[from]!, ends[to - 1]!);
		let values: unknown;
		try {
			values = JSON.parse(`[${slice}]`);
		} catch {
			return undefined;
		}
		if (longString(values) !== undefined) return undefined;
		const result = v.safeParse(array, values, {abortPipeEarly: true});
		if (!result.success) return undefined;
		const dirty = mayNeedSanitizing(slice, false);
		for (const item of result.output) {
			raw.push(item);
			clean.push(dirty ? sanitizeDeep(item) : item);
		}
		from = to;
		progress(from / starts.length);
		if (early !== undefined && (clean.length >= early.count || from === starts.length)) {
			early.show(clean.slice(0, early.count));
			early = undefined;
		}
		await pause();
	}
	return {raw, clean};
}

/** The top-level object without its long arrays (each left empty): small, parsed at once. */
function head(text: string, arrays: ArrayLayout[]): string {
	let out = '';
	let at = 0;
	for (const array of [...arrays].sort((a, b) => a.start - b.start)) {
		out += `${text.slice(at, array.start)}[]`;
		at = array.end;
	}
	return out + text.slice(at);
}

/**
 * Loads `text` (the file `file`, named as shown), reporting progress, and as soon as they are in,
 * a preview: the first `previewEvents` events of the file in date order, without their articles.
 */
export async function loadSliced(text: string, file: string, options: LoadOptions, report: (progress: SlicedProgress, preview?: Timeline) => void): Promise<LoadedTimeline> {
	const exact = () => parseTimeline(text, file, options);
	const pause = pacer();
	// The first events, before the articles are laid out, where the file keeps its events last.
	const preview = (first: TimelineEvent[], shell: Timeline) => {
		// Copies: an event's article is remembered per event object, and these have no sources yet.
		const events = first.map(event => ({...event}));
		sortEvents(events);
		return {...shell, sources: [], events};
	};
	const guess = lastArrayHead(text, 'events', previewEvents);
	const early = guess === undefined ? undefined : await parseElements(text, guess, EventSchema, pause, () => {});
	if (early !== undefined) report({phase: 'scanning', fraction: 0}, preview(early.clean, {format: 'sc-timeline/1', title: file, notes: [], sources: [], events: [], topics: [], statements: []}));
	const scan = jsonLayout(text, ['sources', 'events']);
	let step = scan.next();
	while (step.done !== true) {
		report({phase: 'scanning', fraction: step.value / text.length});
		await pause();
		step = scan.next();
	}
	const layout = step.value;
	const eventsLayout = layout?.arrays.get('events');
	if (layout === undefined || eventsLayout === undefined) return exact();
	const sourcesLayout = layout.arrays.get('sources') ?? {start: 0, end: 0, starts: [], ends: []};
	let top: unknown;
	try {
		top = JSON.parse(head(text, [...layout.arrays.values()]));
	} catch {
		return exact();
	}
	// Only our own format comes this way: a TimelineJS file is converted as a whole.
	if (top === null || typeof top !== 'object' || (top as {format?: unknown}).format !== 'sc-timeline/1' || longString(top) !== undefined) return exact();
	const shell = v.safeParse(TimelineSchema, top, {abortPipeEarly: true});
	if (!shell.success) return exact();

	const clean = sanitizeDeep(shell.output);
	// Without a preview yet, the first events are shown as soon as they are in.
	const show = (first: TimelineEvent[]) => report({phase: 'events', fraction: first.length / eventsLayout.starts.length}, preview(first, clean));
	const events = await parseElements(text, eventsLayout, EventSchema, pause, fraction => report({phase: 'events', fraction}), early === undefined ? {count: previewEvents, show} : undefined);
	if (events === undefined) return exact();
	const sources = await parseElements(text, sourcesLayout, SourceSchema, pause, fraction => report({phase: 'articles', fraction}));
	if (sources === undefined) return exact();

	report({phase: 'checking', fraction: 0});
	await pause();
	const raw: Timeline = {...shell.output, sources: sources.raw, events: events.raw};
	const problem = checkReferences(raw);
	if (problem !== undefined) return exact();
	// The same stable date order for both forms: the clean events follow their raw ones.
	const same = events.raw.every((event, index) => event === events.clean[index]);
	const cleanOf = same ? undefined : new Map(events.raw.map((event, index) => [event, events.clean[index]!]));
	sortEvents(raw.events);
	const timeline: Timeline = {...clean, sources: sources.clean, events: cleanOf === undefined ? raw.events : raw.events.map(event => cleanOf.get(event)!)};
	return {raw, timeline, file, format: 'sc-timeline', warnings: []};
}
