/**
 * A large timeline file as bytes, and the slices it is parsed in: both the explorer's loader
 * (load-sliced.ts, lazy-sources.ts) and the search worker (search/file-corpus.ts) read the same
 * bytes this way, so an element is parsed, validated and sanitised alike on either side.
 */
import {isAscii, isUtf8} from 'node:buffer';
import * as v from 'valibot';
import {EventSchema, SourceSchema, TimelineSchema, type Timeline} from '../../model/schema.js';
import {longString, mayNeedSanitizing} from '../load-timeline.js';
import {sanitizeDeep} from '../../text/sanitize.js';
import {fastElements} from '../fast-validate.js';
import {tooDeep} from '../parse-json.js';
import type {ArrayLayout} from './json-layout.js';
import {elementRuns} from './element-runs.js';

/**
 * Bytes parsed at once: a few milliseconds of JSON.parse and validation. Under V8's large-object
 * size (128 KB), so the text decoded for a run is made in the young generation; a larger one is
 * mapped on its own, page faults and all (the 100,000 events of a 230 MB file parsed in 0.6–0.7 s
 * in runs of 64 KB, 0.9–1.2 s in runs of 128 or 256 KB).
 */
export const chunkBytes = 64 * 1024;
/** A file's bytes and how to decode a slice of them: ASCII bytes (the usual file) skip the UTF-8 decoder. */
export type FileBytes = {bytes: Buffer; ascii: boolean};

/** Where the next slice of an array ends: elements from `from` until about `bytes`. */
function sliceEnd({starts, ends}: ArrayLayout, from: number, bytes = chunkBytes): number {
	let to = from + 1;
	while (to < starts.length && ends[to]! - starts[from]! < bytes) to++;
	return to;
}

/** Elements as the file has them (`raw`) and sanitised for the screen (`clean`: the same objects when nothing needed it). */
export type Parsed<T> = {raw: T[]; clean: T[]};

/**
 * The elements `from` to `to` (exclusive) of the file's `sources` or `events` array: decoded,
 * parsed and validated; undefined at the first problem (the ordinary loader then words it).
 * `base`: where `file` starts in the file, when it holds only part of it (see `layoutParts`).
 */
export function parseChunk<T>(file: FileBytes, layout: ArrayLayout, from: number, to: number, kind: 'sources' | 'events', base = 0): Parsed<T> | undefined {
	return parseRange(file, layout.starts[from]! - base, layout.ends[to - 1]! - base, kind);
}

/** Part of a file holding some elements of an array: its bytes, where they start in the file (`base`), and the elements (`from` to `to`, exclusive). */
export type LayoutPart = {file: FileBytes; base: number; from: number; to: number};

/**
 * The first `count` elements of `layout` read from the file a run at a time, each run about `size`
 * bytes (or one element, if longer) read with `part` (see `FileParts`: good until the next is read).
 * Returns false if a part could not be read (the file changed).
 */
export function* layoutParts(part: (start: number, end: number) => Buffer | undefined, layout: ArrayLayout, size: number, count = layout.starts.length): Generator<LayoutPart, boolean> {
	const {starts, ends} = layout;
	for (let from = 0; from < count; ) {
		const to = Math.min(count, sliceEnd(layout, from, size));
		const bytes = part(starts[from]!, ends[to - 1]!);
		if (bytes === undefined) return false;
		yield {file: {bytes, ascii: isAscii(bytes)}, base: starts[from]!, from, to};
		from = to;
	}
	return true;
}

/**
 * The elements of the file's `sources` or `events` array whose text runs from `start` to `end`
 * (an element's first byte, one past another's last, with commas between): as `parseChunk`.
 */
function parseRange<T>(file: FileBytes, start: number, end: number, kind: 'sources' | 'events'): Parsed<T> | undefined {
	// Bytes that are not UTF-8: the ordinary loader words that, with its place.
	if (!file.ascii && !isUtf8(file.bytes.subarray(start, end))) return undefined;
	const text = file.bytes.toString(file.ascii ? 'latin1' : 'utf8', start, end);
	let values: unknown;
	try {
		values = JSON.parse(`[${text}]`);
	} catch {
		return undefined;
	}
	// Nesting past the loader's limit (the array is the file's second level) is left to it to word, before anything walks it.
	if (tooDeep(values as unknown[], 2)) return undefined;
	// The fast path vouches for the usual shape (and for string lengths); valibot decides the rest.
	let raw = fastElements(values, kind) as T[] | undefined;
	if (raw === undefined) {
		if (longString(values) !== undefined) return undefined;
		const result = v.safeParse(v.array(kind === 'events' ? EventSchema : SourceSchema), values, {abortPipeEarly: true});
		if (!result.success) return undefined;
		raw = result.output as T[];
	}
	return {raw, clean: mayNeedSanitizing(text, file.ascii) ? raw.map(item => sanitizeDeep(item)) : raw};
}

/**
 * The top-level object without its long arrays (left empty), validated as it is in the file; undefined
 * for anything but an sc-timeline file (a TimelineJS file is converted as a whole) or a problem.
 * `head`: that object as text (`TopLayout.head`).
 */
export function fileShell(head: string): Timeline | undefined {
	let top: unknown;
	try {
		top = JSON.parse(head);
	} catch {
		return undefined;
	}
	if (top === null || typeof top !== 'object' || (top as {format?: unknown}).format !== 'sc-timeline/1' || longString(top) !== undefined) return undefined;
	const shell = v.safeParse(TimelineSchema, top, {abortPipeEarly: true});
	return shell.success ? shell.output : undefined;
}

/**
 * The chunks of one of the file's arrays (`sources` or `events`), each parsed and validated (see
 * `parseChunk`), with the number of elements read so far; about `bytes` at a time. Stops at the
 * first problem, setting `failed.yes` (the ordinary loader then words it).
 */
export function* chunksOf<T>(
	file: FileBytes,
	layout: ArrayLayout,
	kind: 'sources' | 'events',
	failed: {yes: boolean},
	bytes = chunkBytes,
	part: Omit<LayoutPart, 'file'> = {base: 0, from: 0, to: layout.starts.length},
): Generator<{chunk: Parsed<T>; read: number}> {
	for (let from = part.from; from < part.to; ) {
		const to = Math.min(part.to, sliceEnd(layout, from, bytes));
		const chunk = parseChunk<T>(file, layout, from, to, kind, part.base);
		if (chunk === undefined) {
			failed.yes = true;
			return;
		}
		yield {chunk, read: to};
		from = to;
	}
}

/**
 * The elements of one of the file's arrays from `from` on (one past an element's end, or with
 * `first` just inside its `[`), parsed and validated about `bytes` at a time in runs found without
 * laying each element out (see `elementRuns`). Yields each run and where it ends; returns one past
 * the array's `]`, or undefined at the first problem.
 */
export function runsOf<T>(file: FileBytes, from: number, kind: 'sources' | 'events', bytes = chunkBytes, first = false): Generator<{value: Parsed<T>; end: number}, number | undefined> {
	return elementRuns(file.bytes, from, bytes, (start, end) => parseRange<T>(file, start, end, kind), first);
}
