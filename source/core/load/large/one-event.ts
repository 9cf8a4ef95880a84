/**
 * One event of a timeline file and the articles it cites, read without reading the rest: what
 * `show <id>` needs. The event and each cited article are found by looking for their ids in the
 * file's bytes (`objectsWithId`, which reads no JSON), then parsed, validated, checked and sanitised as the loader does
 * them, so what is printed from them is what the whole file's load would print.
 *
 * Anything this does not expect gives undefined and the caller loads the whole file, which gives
 * the answer or words the problem: a file that is not sc-timeline JSON (TimelineJS), an id written
 * with characters JSON can spell more than one way, no such event, an event or article that does
 * not validate, two with the id, a citation that does not check, a date that is not one. Problems
 * elsewhere in the file are not looked for (that is the time saved): `check`, or `--strict`, which
 * loads the whole file first, finds them.
 */
import {isAscii} from 'node:buffer';
import {statSync, readFileSync} from 'node:fs';
import type {Source, TimelineEvent} from '../../model/schema.js';
import {checkDate} from '../../model/cross-references.js';
import {maxFileBytes} from '../read-file.js';
import {parseChunk} from './file-bytes.js';
import {leadingString, objectsWithId, type ObjectRange} from './json-layout.js';

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

/** The one element with `id` that validates as `kind`, or undefined (none, or more than one). */
function onlyElement<T extends {id: string}>(bytes: Buffer, objects: Locate, id: string, kind: 'events' | 'sources'): {raw: T; clean: T} | undefined {
	let found: {raw: T; clean: T} | undefined;
	for (const {start, end} of objects(id)) {
		const file = {bytes, ascii: isAscii(bytes.subarray(start, end))};
		const parsed = parseChunk<T>(file, {start, end, starts: [start], ends: [end]}, 0, 1, kind);
		// An object of another kind with the same id (a source named as an event is) is not this one.
		if (parsed === undefined || parsed.raw[0]?.id !== id) continue;
		if (found !== undefined) return undefined;
		found = {raw: parsed.raw[0], clean: parsed.clean[0]!};
	}
	return found;
}

/** Where the objects with an id are in the file's bytes. */
export type Locate = (id: string) => ObjectRange[];

/**
 * The event `id` of the sc-timeline file whose bytes are `bytes`, with the sources it cites;
 * undefined to load the whole file. `objects` finds the objects with an id (a test that asks for
 * every event of a file may give one that knows them all).
 */
export function eventFromBytes(bytes: Buffer, id: string, objects: Locate = wanted => objectsWithId(bytes, wanted)): EventWithSources | undefined {
	if (!plainId.test(id) || leadingString(bytes, 'format') !== 'sc-timeline/1') return undefined;
	const event = onlyElement<TimelineEvent>(bytes, objects, id, 'events');
	if (event === undefined) return undefined;
	const {raw} = event;
	if (checkDate(raw.date) !== undefined || (raw.end !== undefined && checkDate(raw.end) !== undefined)) return undefined;
	const sources = new Map<string, {raw: Source; clean: Source}>();
	for (const cite of raw.citations) {
		if (!sources.has(cite.source)) {
			const source = plainId.test(cite.source) ? onlyElement<Source>(bytes, objects, cite.source, 'sources') : undefined;
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

/** `eventFromBytes` for the regular file at `location`; undefined for anything else (standard input, a missing file), which the whole load words. */
export function eventFromFile(location: string, id: string): EventWithSources | undefined {
	let bytes: Buffer;
	try {
		const stat = statSync(location);
		if (!stat.isFile() || stat.size > maxFileBytes) return undefined;
		bytes = readFileSync(location);
	} catch {
		return undefined;
	}
	return eventFromBytes(bytes, id);
}
