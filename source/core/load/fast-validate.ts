/**
 * A fast path for validating an sc-timeline file of the usual shape: the same rules as
 * `TimelineSchema` (schema.ts), written out for the fields such files use, and the same output
 * valibot gives (keys in the schema's order, `[]` for a missing list). It answers only "valid, and
 * here is the timeline" or "not sure": anything it does not vouch for (an error, or a rarely used
 * field such as `eras`, `media`, `extra`, an id outside ASCII) goes to valibot, which alone words
 * the messages. Validating 100,000 events, valibot took about a second and made a copy with a
 * record per field; this takes a fraction of that.
 */
import {precisions, stances, type Timeline} from '../model/schema.js';
import {sanitize} from '../text/sanitize.js';
import {maxStringLength} from '../model/limits.js';

/** Thrown inside to leave at the first doubt; never escapes `fastTimeline`. */
const unsure = Symbol('unsure');
type Record_ = Record<string, unknown>;

function fail(): never {
	throw unsure;
}

const asciiId = /^[a-z0-9][a-z0-9-]*$/;
const dateValue = /^-?\d{1,12}(-\d{2}(-\d{2})?)?$/;
const timeValue = /^([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,3})?)?)?$/;
const publishedValue = /^\d{4}-\d{2}-\d{2}$/;
const precisionSet = new Set<unknown>(precisions);
const stanceSet = new Set<unknown>(stances);

/** A JSON object (not an array or null) whose keys are all among `allowed`. */
function object(value: unknown, allowed: ReadonlySet<string>): Record_ {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) fail();
	for (const key in value) if (!allowed.has(key)) fail();
	return value as Record_;
}

/** A string within `maxStringLength`, counting control characters as shown (as load.ts `longString` does); a longer one is left to the loader's message. */
function fits(value: string): boolean {
	return value.length * 8 <= maxStringLength || (value.length <= maxStringLength && sanitize(value).length <= maxStringLength);
}

const string = (value: unknown): string => (typeof value === 'string' && fits(value) ? value : fail());
const text = (value: unknown): string => (typeof value === 'string' && value.length > 0 && fits(value) ? value : fail());
const id = (value: unknown): string => (typeof value === 'string' && value.length <= 80 && asciiId.test(value) ? value : fail());
const matching = (pattern: RegExp) => (value: unknown) => (typeof value === 'string' && pattern.test(value) ? value : fail());

/** An array of strings, as it is (the caller's array is the parsed document's, not shared with anything else). */
function strings(value: unknown): string[] {
	if (!Array.isArray(value)) fail();
	for (let index = 0; index < value.length; index++) {
		const item: unknown = value[index];
		if (typeof item !== 'string' || !fits(item)) fail();
	}
	return value as string[];
}

/** The array, each item checked: the same array when every check gave its item back as it was. */
function list<T>(value: unknown, item: (value: unknown) => T): T[] {
	if (!Array.isArray(value)) fail();
	let out: T[] | undefined;
	for (let index = 0; index < value.length; index++) {
		const checked = item(value[index]);
		if (out === undefined && checked !== value[index]) out = value.slice(0, index) as T[];
		if (out !== undefined) out[index] = checked;
	}
	return out ?? (value as T[]);
}

/**
 * `input`'s fields in the order of `spec` (the schema's), each checked by its function; a field
 * missing from the input is left out, or given `[]` when it is a list. The input itself when it is
 * already that (its keys in the schema's order, no list missing, every field checked as it was),
 * which is the usual file: at 100,000 events, a copy of every object was most of the collector's work.
 */
function fields(input: Record_, spec: Spec): Record_ {
	let same = true;
	let at = 0;
	for (const key in input) {
		while (at < spec.length && spec[at]![0] !== key) if (spec[at++]![2] === 'list') same = false;
		at++;
	}
	for (; at < spec.length; at++) if (spec[at]![2] === 'list') same = false;
	if (same) {
		for (const [name, check, presence] of spec) {
			if (!(name in input)) {
				if (presence === 'required') fail();
			} else if (check(input[name]) !== input[name]) {
				same = false;
				break;
			}
		}
		if (same) return input;
	}
	const out: Record_ = {};
	for (const [name, check, presence] of spec) {
		if (name in input) out[name] = check(input[name]);
		else if (presence === 'list') out[name] = [];
		else if (presence === 'required') fail();
	}
	return out;
}

type Spec = ReadonlyArray<readonly [string, (value: unknown) => unknown, 'required' | 'optional' | 'list']>;
const keys = (spec: Spec) => new Set(spec.map(([name]) => name));
const strict = (spec: Spec) => {
	const allowed = keys(spec);
	return (value: unknown) => fields(object(value, allowed), spec);
};

const date = strict([
	['value', matching(dateValue), 'required'],
	['precision', value => (precisionSet.has(value) ? value : fail()), 'required'],
	['time', matching(timeValue), 'optional'],
	['display', string, 'optional'],
	['derivation', text, 'optional'],
]);

const citation = strict([
	['source', id, 'required'],
	['paragraph', value => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fail()), 'required'],
	['quote', text, 'required'],
]);
const citations = (value: unknown) => list(value, citation);

const source = strict([
	['id', id, 'required'],
	['outlet', text, 'required'],
	['headline', text, 'required'],
	['published', matching(publishedValue), 'required'],
	['url', string, 'optional'],
	['byline', string, 'optional'],
	['paragraphs', value => (strings(value).length > 0 ? value : fail()), 'required'],
]);

const event = strict([
	['id', id, 'required'],
	['date', date, 'required'],
	['end', date, 'optional'],
	['display', string, 'optional'],
	['headline', text, 'required'],
	['untitled', value => (value === true ? value : fail()), 'optional'],
	['summary', string, 'required'],
	['actors', strings, 'list'],
	['tags', strings, 'list'],
	['group', string, 'optional'],
	['stance', value => (stanceSet.has(value) ? value : fail()), 'optional'],
	['body', strings, 'optional'],
	['citations', citations, 'list'],
]);

const claim = strict([
	['topic', id, 'required'],
	['text', text, 'required'],
	['citations', value => (Array.isArray(value) && value.length > 0 ? citations(value) : fail()), 'required'],
]);

const statement = strict([
	['id', id, 'required'],
	['title', text, 'required'],
	['speaker', string, 'optional'],
	['date', date, 'required'],
	['claims', value => list(value, claim), 'required'],
]);

const topic = strict([
	['id', id, 'required'],
	['label', text, 'required'],
]);

const timeline = strict([
	['$schema', string, 'optional'],
	['format', value => (value === 'sc-timeline/1' ? value : fail()), 'required'],
	['title', text, 'required'],
	['description', string, 'optional'],
	['scale', value => (value === 'human' || value === 'cosmological' ? value : fail()), 'optional'],
	['notes', strings, 'list'],
	['sources', value => list(value, source), 'list'],
	['events', value => list(value, event), 'required'],
	['topics', value => list(value, topic), 'list'],
	['statements', value => list(value, statement), 'list'],
	['comparison', value => (Array.isArray(value) && value.length === 2 ? [id(value[0]), id(value[1])] : fail()), 'optional'],
]);

/**
 * The timeline exactly as `v.parse(TimelineSchema, document)` returns it, when `document` is a
 * parsed sc-timeline file this fast path can vouch for, with no string longer than
 * `maxStringLength`; undefined otherwise (then ask valibot). What it accepts nests nine levels at most.
 */
export function fastTimeline(document: unknown): Timeline | undefined {
	try {
		return timeline(document) as Timeline;
	} catch (error) {
		if (error === unsure) return undefined;
		throw error;
	}
}

/**
 * The elements of a file's `sources` or `events` array exactly as valibot returns them, when this
 * fast path can vouch for every one; undefined otherwise (then ask valibot). For a large file read
 * a slice at a time (load-sliced.ts).
 */
export function fastElements(values: unknown, kind: 'sources' | 'events'): unknown[] | undefined {
	try {
		return list(values, kind === 'sources' ? source : event);
	} catch (error) {
		if (error === unsure) return undefined;
		throw error;
	}
}
