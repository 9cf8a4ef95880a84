/**
 * One event of a timeline file and the articles it cites, parsed without parsing the rest: what
 * `show <id>` needs. The event and each cited article are found by looking for their ids in the
 * file (`fileObjects`, which reads no JSON and never holds the file), kept only if the file's
 * layout has them as elements of its events or sources array (`elementsOf`), then parsed,
 * validated, checked and sanitised as the loader does them, so what is printed from them is what
 * the whole file's load would print.
 *
 * Anything this does not expect gives undefined and the caller loads the whole file, which gives
 * the answer or words the problem: a file that is not sc-timeline JSON (TimelineJS) or cannot be laid
 * out (a comment), an id written with characters JSON can spell more than one way, no such event, an event or article that does
 * not validate, two with the id, a citation that does not check, a date that is not one. Problems
 * elsewhere in the file are not looked for (that is the time saved): `check`, or `--strict`, which
 * loads the whole file first, finds them.
 */
import {isAscii} from 'node:buffer';
import {closeSync, fstatSync, statSync} from 'node:fs';
import type {Source, TimelineEvent} from '../../model/schema.js';
import {datesProblem} from '../../model/cross-references.js';
import {maxFileBytes, openCheckedSync} from '../read-file.js';
import {parseChunk} from './file-bytes.js';
import {fileParts, readRange} from './file-on-disk.js';
import {jsonLayoutNow, LayoutWindow, leadingString, type TopLayout} from './json-layout.js';
import {objectsWithId, objectWithIdAt} from './objects-by-id.js';

/** An event and the sources its citations name, each as in the file (`raw`, for JSON output) and sanitised (for text). */
export type EventWithSources = {
	timeline: {event: TimelineEvent; sources: Source[]};
	raw: {event: TimelineEvent; sources: Source[]};
};

/**
 * Ids written one way only in JSON: printable ASCII without a quote or a backslash (any character
 * may also be written as `\uXXXX`, which a file has no reason to do for these).
 */
const plainId = /^[\u0020-\u0021\u0023-\u005b\u005d-\u007e]+$/;

/** The one element of the file's `kind` array with `id` that validates as one, or undefined (none, or more than one). */
function onlyElement<T extends {id: string}>(objects: Locate, elements: Elements, id: string, kind: 'events' | 'sources'): {raw: T; clean: T} | undefined {
	let found: {raw: T; clean: T} | undefined;
	for (const {start, bytes} of objects(id)) {
		// An object with the id elsewhere (inside another, or in a comment) is not this one.
		if (!elements[kind].has(start)) continue;
		const parsed = parseChunk<T>({bytes, ascii: isAscii(bytes)}, {start: 0, end: bytes.length, starts: [0], ends: [bytes.length]}, 0, 1, kind);
		// An object of another kind with the same id (a source named as an event is) is not this one.
		if (parsed === undefined || parsed.raw[0]?.id !== id) continue;
		if (found !== undefined) return undefined;
		found = {raw: parsed.raw[0], clean: parsed.clean[0]!};
	}
	return found;
}

/** Each object of a file with an id (see `objectsWithId`): where it starts in the file, and its bytes. */
export type Locate = (id: string) => Array<{start: number; bytes: Buffer}>;

/** Where each element of the file's `events` and `sources` arrays starts. */
export type Elements = {events: ReadonlySet<number>; sources: ReadonlySet<number>};

/**
 * The elements of a laid-out file (see `jsonLayout`): undefined when it could not be laid out,
 * which a file that is not plain JSON (with a comment, say) cannot be.
 */
export function elementsOf(layout: TopLayout | undefined): Elements | undefined {
	if (layout === undefined || layout.open !== undefined) return undefined;
	return {events: new Set(layout.arrays.get('events')?.starts), sources: new Set(layout.arrays.get('sources')?.starts)};
}

/**
 * The event `id` of the sc-timeline file whose bytes are `bytes` (or whose first bytes are, when
 * `objects` finds the objects in the rest), with the sources it cites; undefined to load the whole
 * file. `objects` finds the objects with an id, and `elements` where the file's events and sources
 * are, laying it out (a test that asks for every event of a file may give ones that know them all):
 * an object with the id is the event only if it is an element of the events array. The layout
 * reads the whole file, but only its structure: it is what tells an event from an object with the
 * same id nested in another one or in a comment, as the whole load would.
 */
export function eventFromBytes(
	bytes: Buffer,
	id: string,
	objects: Locate = wanted => objectsWithId(bytes, wanted).map(({start, end}) => ({start, bytes: bytes.subarray(start, end)})),
	laidOut: () => Elements | undefined = () => elementsOf(jsonLayoutNow(bytes, ['sources', 'events'])),
): EventWithSources | undefined {
	if (!plainId.test(id) || leadingString(bytes, 'format') !== 'sc-timeline/1') return undefined;
	// The file laid out only once there is an object with the id to place.
	const candidates = objects(id);
	if (candidates.length === 0) return undefined;
	const elements = laidOut();
	if (elements === undefined) return undefined;
	const event = onlyElement<TimelineEvent>(() => candidates, elements, id, 'events');
	if (event === undefined) return undefined;
	const {raw} = event;
	if (datesProblem(raw) !== undefined) return undefined;
	const sources = new Map<string, {raw: Source; clean: Source}>();
	for (const cite of raw.citations) {
		if (!sources.has(cite.source)) {
			const source = plainId.test(cite.source) ? onlyElement<Source>(objects, elements, cite.source, 'sources') : undefined;
			if (source === undefined) return undefined;
			sources.set(cite.source, source);
		}
		const paragraph = sources.get(cite.source)!.raw.paragraphs[cite.paragraph - 1];
		if (paragraph === undefined || !paragraph.includes(cite.quote)) return undefined;
	}
	const cited = [...sources.values()];
	return {
		timeline: {event: event.clean, sources: cited.map(source => source.clean)},
		raw: {event: raw, sources: cited.map(source => source.raw)},
	};
}

/** Bytes of the file read at a time when looking through it for an id, into one buffer: a large file is never held whole. */
const scanBytes = 8 << 20;
/** Bytes either side of a place an id is written read first to find its object (`objectWithIdAt`), twice as many each time it does not fit. */
const firstReach = 1 << 16;
/** Bytes at the start of the file in which its format is looked for. */
const headBytes = 1 << 16;

/** The object whose id is written at `at` in the open file `fd` of `size` bytes, read with what surrounds that place, twice as much each time that part cannot tell (`objectWithIdAt`), up to the whole file. */
function objectAround(fd: number, size: number, at: number): {start: number; bytes: Buffer} | undefined {
	for (let reach = firstReach; ; reach *= 2) {
		const from = Math.max(0, at - reach);
		const to = Math.min(size, at + reach);
		const part = readRange(fd, from, to);
		const found = objectWithIdAt(part, at - from);
		if (found === 'none') return undefined;
		if (found !== 'cut') return {start: from + found.start, bytes: part.subarray(found.start, found.end)};
		if (from === 0 && to === size) return undefined;
	}
}

/**
 * Finds the objects with an id in the open file `fd` of `size` bytes, as `objectsWithId` over the
 * whole file would, without holding it: the file is read a chunk at a time into one buffer, each
 * place the id is written found with indexOf (a place across two chunks once: each starts with the
 * last bytes of the one before, fewer than the id's), and told from the chunk (`objectWithIdAt`):
 * most places by the bytes just before them (an article's id is also written in every citation of
 * it), an object across two chunks by reading the file around it (`objectAround`).
 */
function fileObjects(fd: number, size: number): Locate {
	return id => {
		const needle = Buffer.from(JSON.stringify(id));
		const objects: Array<{start: number; bytes: Buffer}> = [];
		const chunk = Buffer.allocUnsafe(Math.min(size, scanBytes));
		for (let from = 0; from < size; ) {
			const to = Math.min(size, from + chunk.length);
			const bytes = readRange(fd, from, to, chunk);
			for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
				const found = objectWithIdAt(bytes, at);
				const object = found === 'cut' ? objectAround(fd, size, from + at) : found === 'none' ? undefined : {start: from + found.start, bytes: Buffer.from(bytes.subarray(found.start, found.end))};
				if (object !== undefined) objects.push(object);
			}
			if (to === size) break;
			from = to - (needle.length - 1);
		}
		return objects;
	};
}

/**
 * `eventFromBytes` for the regular file at `location`, read only where the event and its articles
 * are (`fileObjects`); undefined for anything else (standard input, a missing file) and for a file
 * that changed while it was read, which the whole load words or reads as it is.
 */
export function eventFromFile(location: string, id: string): EventWithSources | undefined {
	let fd: number | undefined;
	try {
		// Standard input is a stream to read once: the whole load reads it.
		if (!statSync(location).isFile()) return undefined;
		const opened = openCheckedSync(location, maxFileBytes, undefined);
		fd = opened.fd;
		const {size} = opened;
		const {mtimeMs} = fstatSync(fd);
		const laidOut = () => {
			const parts = fileParts({path: location, size, mtimeMs});
			try {
				return elementsOf(jsonLayoutNow(new LayoutWindow(Buffer.alloc(0), {size, span: scanBytes, part: parts.part}), ['sources', 'events']));
			} finally {
				parts.close();
			}
		};
		const found = eventFromBytes(readRange(fd, 0, Math.min(size, headBytes)), id, fileObjects(fd, size), laidOut);
		const now = fstatSync(fd);
		return now.size === size && now.mtimeMs === mtimeMs ? found : undefined;
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
