/**
 * Every way a parsed document breaks the file format, not only the first: valibot issues as
 * findings. What is sound is kept for the other checks: a misspelled field does not hide a bad
 * quote in the same event, and a broken event does not hide the others.
 */
import * as v from 'valibot';
import {EventSchema, SourceSchema, StatementSchema, TimelineSchema, TopicSchema} from '../model/schema.js';
import type {Source, Statement, TimelineEvent, Topic} from '../model/schema.js';
import {describeIssue} from '../load/load-timeline.js';
import {closestId} from '../format/suggest.js';
import type {Finding, KeyPath} from './problem.js';

/**
 * The parts of a timeline that pass the schema, each list keeping its indexes: an item that does
 * not pass is `undefined`, so findings about the others still point at the right place.
 */
export type Salvaged = {
	sources: Array<Source | undefined>;
	events: Array<TimelineEvent | undefined>;
	topics: Array<Topic | undefined>;
	statements: Array<Statement | undefined>;
	comparison?: string[] | undefined;
	/** Ids of sources whose paragraphs could not be read: citations of them cannot be checked, and are not called unknown. */
	unreadSources?: ReadonlySet<string>;
};

/** The key path of a valibot issue. */
function issueKeys(issue: v.BaseIssue<unknown>): KeyPath {
	return (issue.path ?? []).map(item => (typeof item.key === 'number' ? item.key : String(item.key)));
}

const isUnknownField = (issue: v.BaseIssue<unknown>) => issue.type === 'strict_object' && issue.expected === 'never';

type SchemaNode = {entries?: Record<string, SchemaNode>; item?: SchemaNode; items?: SchemaNode[]; wrapped?: SchemaNode};

/** The field names the format allows in the object at `path` (an unknown field's path without its last key). */
function allowedKeys(path: KeyPath): string[] {
	let node: SchemaNode | undefined = TimelineSchema as unknown as SchemaNode;
	for (const key of path) {
		while (node?.wrapped) node = node.wrapped;
		node = typeof key === 'number' ? (node?.item ?? node?.items?.[key]) : node?.entries?.[key];
	}
	while (node?.wrapped) node = node.wrapped;
	return Object.keys(node?.entries ?? {});
}

/** `events[0].tagz: unknown field; did you mean "tags"?` when a known field is close. */
function unknownFieldMessage(issue: v.BaseIssue<unknown>): string {
	const keys = issueKeys(issue);
	const near = closestId(String(keys.at(-1)), allowedKeys(keys.slice(0, -1)));
	return `${describeIssue(issue)}${near === undefined ? '' : `; did you mean "${near}"?`}`;
}

/** Each item of a list that passes `schema`, or undefined in its place. */
function items<T>(list: unknown, schema: v.GenericSchema<unknown, T>): Array<T | undefined> {
	if (!Array.isArray(list)) return [];
	return list.map(item => {
		const result = v.safeParse(schema, item);
		return result.success ? result.output : undefined;
	});
}

/**
 * Each source that passes the schema, or, when only its other fields fail (a `published` that is
 * not a date), its id and paragraphs, so the citations of it are still checked rather than each
 * reported as citing an unknown source; undefined in its place when its id or paragraphs fail (its
 * id, if it is text, then goes into `unread`: citations of it cannot be checked).
 */
function citableSources(list: unknown, issues: ReadonlyArray<v.BaseIssue<unknown>>, unread: Set<string>): Array<Source | undefined> {
	const sources = items(list, SourceSchema);
	const broken = new Set<number>();
	for (const issue of issues) {
		const [top, index, field] = issueKeys(issue);
		if (top === 'sources' && typeof index === 'number' && (field === undefined || field === 'id' || field === 'paragraphs')) broken.add(index);
	}
	return sources.map((source, index) => {
		if (source !== undefined) return source;
		const {id, paragraphs} = (list as Array<{id?: unknown; paragraphs?: unknown} | null>)[index] ?? {};
		if (typeof id === 'string' && !broken.has(index) && Array.isArray(paragraphs) && paragraphs.every(paragraph => typeof paragraph === 'string'))
			return {id, outlet: '', headline: '', published: '', paragraphs};
		if (typeof id === 'string') unread.add(id);
		return undefined;
	});
}

/** The document without the unknown fields that `issues` name: what remains may be sound. */
function withoutUnknownFields(document: Record<string, unknown>, issues: ReadonlyArray<v.BaseIssue<unknown>>): Record<string, unknown> {
	const copy = structuredClone(document);
	for (const issue of issues.filter(isUnknownField)) {
		const keys = issueKeys(issue);
		let parent: unknown = copy;
		for (const key of keys.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[key];
		if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(keys.at(-1))];
	}
	return copy;
}

/** The schema findings of a document, and the parts of it sound enough for the other checks. */
export function schemaFindings(document: Record<string, unknown>): {findings: Finding[]; salvaged: Salvaged} {
	const result = v.safeParse(TimelineSchema, document);
	if (result.success) return {findings: [], salvaged: result.output};
	const findings = result.issues.map((issue): Finding => {
		const unknown = isUnknownField(issue);
		return {
			path: issueKeys(issue),
			target: unknown ? 'key' : 'value',
			severity: 'error',
			rule: unknown ? 'unknown-field' : 'schema',
			message: unknown ? unknownFieldMessage(issue) : describeIssue(issue),
		};
	});
	const sound = withoutUnknownFields(document, result.issues);
	const comparison = sound['comparison'];
	const unreadSources = new Set<string>();
	const salvaged: Salvaged = {
		sources: citableSources(sound['sources'], result.issues, unreadSources),
		events: items(sound['events'], EventSchema),
		topics: items(sound['topics'], TopicSchema),
		statements: items(sound['statements'], StatementSchema),
		comparison: Array.isArray(comparison) && comparison.every(id => typeof id === 'string') ? comparison : undefined,
		unreadSources,
	};
	return {findings, salvaged};
}
