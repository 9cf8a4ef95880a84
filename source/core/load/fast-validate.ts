/**
 * A fast path for validating an sc-timeline file of the usual shape: the same rules as
 * `TimelineSchema` (model/schema.ts), and the same output valibot gives (keys in the schema's
 * order, `[]` for a missing list). It answers only "valid, and here is the timeline" or "not sure":
 * anything it does not vouch for (an error, or something rarely seen such as an id outside ASCII
 * or an `extra` valibot would change) goes to valibot, which alone words the messages. Validating a
 * large file, valibot makes a record per field and costs several times this one pass.
 *
 * The field table is the schema's: each object's field names, their order and whether each is
 * required, optional or a list defaulting to `[]` are read from the schema's entries. What is
 * written here is only the check of each field's value, one per field of the schema (the type of
 * `strict` makes a missing one a compile error, and test/core/load/fast-validate.test.ts walks the
 * schema for any the table lacks), or `declined` for a field left to valibot.
 */
import {
	CitationSchema,
	ClaimSchema,
	DateSchema,
	EraSchema,
	EventSchema,
	MediaSchema,
	precisions,
	SourceSchema,
	StatementSchema,
	stances,
	type Timeline,
	TimelineSchema,
	TitleSlideSchema,
	TopicSchema,
} from '../model/schema.js';
import {sanitize} from '../text/sanitize.js';
import {asciiId} from '../model/id.js';
import {maxStringLength} from '../model/limits.js';
import {isCalendarDate} from '../model/dates.js';

/** Thrown inside to leave at the first doubt; never escapes `fastTimeline`. */
const unsure = Symbol('unsure');
type Record_ = Record<string, unknown>;

function fail(): never {
	throw unsure;
}

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

/** A string within `maxStringLength`, counting control characters as shown (as load-timeline.ts `longString` does); a longer one is left to the loader's message. */
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
 * which is the usual file: on a large file, a copy of every object would be most of the garbage collector's work.
 */
function fields(input: Record_, spec: Spec): Record_ {
	let same = true;
	let at = 0;
	for (const key in input) {
		while (at < spec.length && spec[at]![0] !== key) if (spec[at++]![2] === 'list') same = false;
		// Not further on: out of the schema's order, so the output needs the schema's.
		if (at === spec.length) {
			same = false;
			break;
		}
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

type Check = (value: unknown) => unknown;
type Presence = 'required' | 'optional' | 'list';
type Spec = ReadonlyArray<readonly [string, Check, Presence]>;

/** A field the fast path leaves to valibot: an object holding it is not vouched for. */
export const declined = 'declined';

/** The schema of one object of the format, as valibot exposes it: its entries, in order. */
type ObjectSchema = {readonly entries: Readonly<Record<string, {readonly type: string; readonly default?: unknown}>>};

/** A check for every field of the object's schema, or `declined`; a field missing here is a compile error. */
type Checks<Schema extends ObjectSchema> = {readonly [Field in keyof Schema['entries']]: Check | typeof declined};

/**
 * Each object schema's checks, by the schema's `entries` (shared by a schema and every `v.pipe` of
 * it), for the test that walks the schema looking for a field the fast path lacks.
 */
export const fieldTable = new Map<ObjectSchema['entries'], Readonly<Record<string, Check | typeof declined>>>();

/** Required, optional, or a list that valibot fills with `[]` when it is missing. */
function presence(field: string, entry: {readonly type: string; readonly default?: unknown}): Presence {
	if (entry.type !== 'optional') return 'required';
	if (entry.default === undefined) return 'optional';
	if (Array.isArray(entry.default) && entry.default.length === 0) return 'list';
	throw new Error(`fast-validate: ${field} has a default other than [], which the fast path does not give`);
}

/** The check of an object of `schema`: its fields and their order from the schema, each value checked by `checks`. */
function strict<Schema extends ObjectSchema>(schema: Schema, checks: Checks<Schema>): Check {
	const table: Readonly<Record<string, Check | typeof declined>> = checks;
	fieldTable.set(schema.entries, table);
	const spec: Spec = Object.entries(schema.entries).flatMap(([name, entry]) => {
		const check = table[name];
		// Without a check (possible only past the type checker) the field is declined: slower, never wrong.
		return typeof check === 'function' ? [[name, check, presence(name, entry)] as const] : [];
	});
	const allowed = new Set(spec.map(([name]) => name));
	return (value: unknown) => fields(object(value, allowed), spec);
}

/**
 * TimelineJS fields carried through (`extra`, as a sheet's Background column gives them): a plain
 * object, which valibot's record copies key for key. One with a key valibot drops (`__proto__`,
 * `prototype`, `constructor`), an array or anything else is left to valibot.
 */
function extra(value: unknown): unknown {
	if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) fail();
	for (const key in value) if (key === '__proto__' || key === 'prototype' || key === 'constructor' || !Object.hasOwn(value, key)) fail();
	return value;
}

const date = strict(DateSchema, {
	value: matching(dateValue),
	precision: value => (precisionSet.has(value) ? value : fail()),
	time: matching(timeValue),
	display: string,
	derivation: text,
	extra,
});

const citation = strict(CitationSchema, {
	source: id,
	paragraph: value => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fail()),
	quote: text,
});
const citations = (value: unknown) => list(value, citation);

const source = strict(SourceSchema, {
	id,
	outlet: text,
	headline: text,
	published: value => (typeof value === 'string' && publishedValue.test(value) && isCalendarDate(value) ? value : fail()),
	url: string,
	byline: string,
	paragraphs: value => (strings(value).length > 0 ? value : fail()),
});

const media = strict(MediaSchema, {
	url: string,
	caption: string,
	credit: string,
	alt: string,
	title: string,
	thumbnail: string,
	link: string,
	linkTarget: string,
	text: string,
	extra,
});

const event = strict(EventSchema, {
	id,
	date,
	end: date,
	display: string,
	headline: text,
	untitled: value => (value === true ? value : fail()),
	summary: string,
	actors: strings,
	tags: strings,
	group: string,
	stance: value => (stanceSet.has(value) ? value : fail()),
	body: strings,
	media,
	citations,
	extra,
});

const claim = strict(ClaimSchema, {
	topic: id,
	text,
	citations: value => (Array.isArray(value) && value.length > 0 ? citations(value) : fail()),
});

const statement = strict(StatementSchema, {
	id,
	title: text,
	speaker: string,
	date,
	claims: value => list(value, claim),
});

const topic = strict(TopicSchema, {id, label: text});

const era = strict(EraSchema, {headline: string, text: strings, start: date, end: date, extra});

const titleSlide = strict(TitleSlideSchema, {media, extra});

const timeline = strict(TimelineSchema, {
	$schema: string,
	format: value => (value === 'sc-timeline/1' ? value : fail()),
	title: text,
	description: string,
	titleSlide,
	untitled: value => (value === true ? value : fail()),
	scale: value => (value === 'human' || value === 'cosmological' ? value : fail()),
	notes: strings,
	sources: value => list(value, source),
	events: value => list(value, event),
	eras: value => list(value, era),
	topics: value => list(value, topic),
	statements: value => list(value, statement),
	comparison: value => (Array.isArray(value) && value.length === 2 ? [id(value[0]), id(value[1])] : fail()),
	extra,
});

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
 * a slice at a time (large/file-bytes.ts).
 */
export function fastElements(values: unknown, kind: 'sources' | 'events'): unknown[] | undefined {
	try {
		return list(values, kind === 'sources' ? source : event);
	} catch (error) {
		if (error === unsure) return undefined;
		throw error;
	}
}
