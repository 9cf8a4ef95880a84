/**
 * The JSON shape of `sc-timeline diff --format json`, a stable interface for scripts: fields are
 * only ever added. Build the comparison from the raw timeline so strings are exactly as in the
 * file (JSON escapes control characters).
 */
import type {Stance, Timeline, TimelineDate} from '../model/schema.js';
import {citationsJson, type CitationJson} from '../format/events-json.js';
import type {ComparedSide, Comparison, ComparisonRow, RowSide} from './model.js';
import type {PairStatus, SegmentKind, WordCounts} from './words.js';

export type CompareSideJson = {
	kind: 'statement' | 'article';
	id: string;
	/** The short name used in change lines: `2010`. */
	label: string;
	/** A statement's title or an article's headline. */
	title: string;
	/** Statements: who made it; articles: the outlet. */
	speaker: string | null;
	/** Statements: as in the file; articles: the publication date at day precision. */
	date: TimelineDate;
	formattedDate: string;
	/** Where the subject stood, from the events citing the same paragraphs; null when none says. */
	stance: Stance | null;
};

export type CompareTextJson = {
	text: string;
	/** Statements: the claim's citations, resolved. Articles: empty. */
	citations: CitationJson[];
	/** Articles: the paragraph's number, from 1. */
	paragraph?: number;
};

export type CompareRowJson = {
	/** Statements: the topic id; articles: `p<i>-<j>` from the 0-based paragraph indexes. */
	id: string;
	/** The topic's label or `Paragraph 2 ↔ 2`. */
	label: string;
	status: PairStatus;
	/** `words`: `changes` marks words one by one; `whole`: the earlier text removed, the later added. */
	marking: 'words' | 'whole';
	/** The plain line saying what changed. */
	change: string;
	/** Share of content words in common, 0 to 1, three decimals. */
	similarity: number;
	counts: WordCounts;
	before: CompareTextJson | null;
	after: CompareTextJson | null;
	/** Concatenate `same` and `removed` texts for the earlier text, `same` and `added` for the later. */
	changes: Array<{type: SegmentKind; text: string}>;
};

/** What `diff --format json` prints: `topics` for two statements, `paragraphs` for two articles. */
export type DiffJson = {
	kind: 'statements' | 'articles';
	before: CompareSideJson;
	after: CompareSideJson;
	summary: string;
	topics?: CompareRowJson[];
	paragraphs?: CompareRowJson[];
};

function sideJson(side: ComparedSide): CompareSideJson {
	const {statement, source} = side;
	return {
		kind: statement === undefined ? 'article' : 'statement',
		id: side.id,
		label: side.label,
		title: side.title,
		speaker: statement?.speaker ?? source?.outlet ?? null,
		date: statement?.date ?? {value: source?.published ?? '', precision: 'day'},
		formattedDate: side.date,
		stance: side.stance ?? null,
	};
}

function textJson(timeline: Timeline, side: RowSide | undefined, kind: Comparison['kind']): CompareTextJson | null {
	if (side === undefined) return null;
	if (kind === 'articles') return {text: side.text, citations: [], paragraph: side.paragraph};
	return {text: side.text, citations: citationsJson(timeline, side.citations)};
}

function rowJson(timeline: Timeline, row: ComparisonRow, kind: Comparison['kind']): CompareRowJson {
	return {
		id: row.key,
		label: row.heading,
		status: row.pair.status,
		marking: row.pair.marking,
		change: row.change,
		similarity: Math.round(row.pair.similarity * 1000) / 1000,
		counts: row.pair.counts,
		before: textJson(timeline, row.before, kind),
		after: textJson(timeline, row.after, kind),
		changes: row.pair.segments.map(segment => ({type: segment.kind, text: segment.text})),
	};
}

/** The comparison as `DiffJson`; `timeline` resolves citations (pass the raw one). */
export function comparisonJson(timeline: Timeline, comparison: Comparison): DiffJson {
	const rows = comparison.rows.map(row => rowJson(timeline, row, comparison.kind));
	const json: DiffJson = {kind: comparison.kind, before: sideJson(comparison.before), after: sideJson(comparison.after), summary: comparison.summary};
	if (comparison.kind === 'statements') json.topics = rows;
	else json.paragraphs = rows;
	return json;
}
