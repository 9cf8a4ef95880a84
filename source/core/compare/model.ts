/**
 * A comparison as rows, whatever it compares: for two statements one row per topic (the claims
 * each makes on it), for two articles one row per paired or unpaired paragraph. The text,
 * Markdown and JSON output and the explorer's compare view all render this one model.
 */
import type {Citation, Source, Stance, Statement, Timeline, TimelineDate, Topic} from '../model/schema.js';
import {formatDate, formatShortDate, yearOf} from '../model/dates.js';
import {formatPublished} from '../format/printed-date.js';
import {resolveCitations, sourceLine} from '../format/citation.js';
import {comparePair, type PairComparison, type PairStatus} from './words.js';
import {pairParagraphs} from './paragraphs.js';
import type {Selection} from './select.js';
import {plural} from '../text/plural.js';

/** One of the two things compared. */
export type ComparedSide = {
	id: string;
	/** A short name used in labels and change lines: the year, or a shorter date when both share a year. */
	label: string;
	title: string;
	/** Who and when: `Mary Beth Heffernan, Public Safety Secretary · by December 17, 2010`. */
	byline: string;
	/** The statement's date or the article's publication date, in the long form. */
	date: string;
	/** Where the subject stood, from the events that cite the same passages (see `stanceOf`). */
	stance: Stance | undefined;
	statement?: Statement;
	source?: Source;
};

/** One side of a row: the text, and where it comes from. */
export type RowSide = {
	text: string;
	citations: Citation[];
	/** Lines crediting each citation: `WBUR, “…”, June 6, 2011, paragraph 2`. */
	credits: string[];
	/** Articles: the paragraph's number, from 1. */
	paragraph?: number;
};

export type ComparisonRow = {
	/** The topic id, or `p<before>-<after>` for paragraphs. */
	key: string;
	/** `The decision`, `Paragraph 2 ↔ 2`, `Paragraph 3 (2010 only)`. */
	heading: string;
	/** One plain line saying what changed, derived from the word counts: `Reworded: 4 words kept, 13 removed, 13 added.` */
	change: string;
	pair: PairComparison;
	before?: RowSide;
	after?: RowSide;
};

export type Comparison = {
	kind: Selection['kind'];
	before: ComparedSide;
	after: ComparedSide;
	/** One line counting the rows by how they changed. */
	summary: string;
	rows: ComparisonRow[];
};

/** Short names for the two sides: years when they differ, else the days (`Jan 5`), else A and B. */
export function sideLabels(before: TimelineDate, after: TimelineDate): [string, string] {
	if (yearOf(before) !== yearOf(after)) return [yearOf(before), yearOf(after)];
	const short = (date: TimelineDate) => formatShortDate(date.precision === 'reported' ? {...date, precision: 'day'} : date);
	const [a, b] = [short(before), short(after)];
	return a === b || a === '' || b === '' ? ['A', 'B'] : [a, b];
}

/**
 * Where the subject stood when something was said: the most common stance among the events
 * citing the same paragraphs (each event counted once); undefined when none records a stance
 * or two stances tie.
 */
export function stanceOf(timeline: Timeline, citations: readonly Citation[]): Stance | undefined {
	const cited = new Set(citations.map(citation => `${citation.source}#${citation.paragraph}`));
	const counts = new Map<Stance, number>();
	for (const event of timeline.events) {
		if (event.stance === undefined) continue;
		if (!event.citations.some(citation => cited.has(`${citation.source}#${citation.paragraph}`))) continue;
		counts.set(event.stance, (counts.get(event.stance) ?? 0) + 1);
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1]);
	const [first, second] = ranked;
	if (first === undefined || (second !== undefined && second[1] === first[1])) return undefined;
	return first[0];
}

/** The plain line saying what changed in a row. */
export function changeLine(pair: PairComparison, kind: Selection['kind'], labels: [string, string]): string {
	const {kept, removed, added} = pair.counts;
	const [a, b] = labels;
	const lines: Record<PairStatus, string> = {
		unchanged: 'Unchanged.',
		reworded: `Reworded: ${plural(kept, 'word')} kept, ${removed} removed, ${added} added.`,
		replaced: `Replaced: ${plural(removed, 'word')} in ${a}, ${plural(added, 'word')} in ${b}, little wording in common.`,
		new: kind === 'statements' ? `New in ${b}.` : `Only in ${b}.`,
		dropped: kind === 'statements' ? `Dropped in ${b}.` : `Only in ${a}.`,
	};
	return lines[pair.status];
}

/** `2 reworded, 2 replaced`: how many rows changed which way, in a fixed order. */
function statusCounts(rows: readonly ComparisonRow[], labels: [string, string], kind: Selection['kind']): string {
	const names: Record<PairStatus, string> =
		kind === 'statements'
			? {unchanged: 'unchanged', reworded: 'reworded', replaced: 'replaced', new: `new in ${labels[1]}`, dropped: `dropped in ${labels[1]}`}
			: {unchanged: 'unchanged', reworded: 'reworded', replaced: 'replaced', new: `only in ${labels[1]}`, dropped: `only in ${labels[0]}`};
	const order: PairStatus[] = ['unchanged', 'reworded', 'replaced', 'dropped', 'new'];
	return order
		.map(status => [status, rows.filter(row => row.pair.status === status).length] as const)
		.filter(([, count]) => count > 0)
		.map(([status, count]) => `${count} ${names[status]}`)
		.join(', ');
}

function claimSide(timeline: Timeline, statement: Statement, topic: string): RowSide | undefined {
	const claims = statement.claims.filter(claim => claim.topic === topic);
	if (claims.length === 0) return undefined;
	const citations = claims.flatMap(claim => claim.citations);
	return {text: claims.map(claim => claim.text).join(' '), citations, credits: creditsFor(timeline, citations)};
}

/**
 * One credit line per cited article, its paragraphs listed in the order cited:
 * `WBUR, “…”, June 6, 2011, paragraphs 4, 5, 6 and 7`.
 */
export function creditsFor(timeline: Timeline, citations: readonly Citation[]): string[] {
	const bySource = new Map<string, {line: string; paragraphs: number[]}>();
	for (const resolved of resolveCitations(timeline, [...citations])) {
		const entry = bySource.get(resolved.citation.source) ?? {line: sourceLine(resolved), paragraphs: []};
		if (!entry.paragraphs.includes(resolved.citation.paragraph)) entry.paragraphs.push(resolved.citation.paragraph);
		bySource.set(resolved.citation.source, entry);
	}
	return [...bySource.values()].map(({line, paragraphs}) => {
		paragraphs.sort((a, b) => a - b);
		if (paragraphs.length === 1) return line;
		const list = `${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
		return line.replace(/paragraph \d+$/, `paragraphs ${list}`);
	});
}

/** Topics in the timeline's order, then any a claim names that the list lacks; only those some claim uses. */
function topicsOf(timeline: Timeline, statements: readonly Statement[]): Topic[] {
	const used = new Set(statements.flatMap(statement => statement.claims.map(claim => claim.topic)));
	const topics = timeline.topics.filter(topic => used.has(topic.id));
	for (const id of used) if (!topics.some(topic => topic.id === id)) topics.push({id, label: id});
	return topics;
}

function statementSide(timeline: Timeline, statement: Statement, label: string): ComparedSide {
	const date = formatDate(statement.date);
	return {
		id: statement.id,
		label,
		title: statement.title,
		byline: [statement.speaker, date].filter(Boolean).join(' · '),
		date,
		stance: stanceOf(
			timeline,
			statement.claims.flatMap(claim => claim.citations),
		),
		statement,
	};
}

function sourceSide(timeline: Timeline, source: Source, label: string): ComparedSide {
	const date = formatPublished(source.published);
	const citations = source.paragraphs.map((_, index) => ({source: source.id, paragraph: index + 1, quote: ''}));
	return {id: source.id, label, title: source.headline, byline: [source.outlet, source.byline, date].filter(Boolean).join(' · '), date, stance: stanceOf(timeline, citations), source};
}

/** Builds the comparison for a selection. Pass the sanitised timeline for screens, the raw one for JSON. */
export function buildComparison(timeline: Timeline, selection: Selection): Comparison {
	if (selection.kind === 'statements') {
		const {before, after} = selection;
		const labels = sideLabels(before.date, after.date);
		const rows = topicsOf(timeline, [before, after]).map((topic): ComparisonRow => {
			const a = claimSide(timeline, before, topic.id);
			const b = claimSide(timeline, after, topic.id);
			const pair = comparePair(a?.text, b?.text);
			return {key: topic.id, heading: topic.label, change: changeLine(pair, 'statements', labels), pair, before: a, after: b};
		});
		const summary = `${plural(rows.length, 'topic')}: ${statusCounts(rows, labels, 'statements')}.`;
		return {kind: 'statements', before: statementSide(timeline, before, labels[0]), after: statementSide(timeline, after, labels[1]), summary, rows};
	}
	const {before, after} = selection;
	const labels = sideLabels({value: before.published, precision: 'day'}, {value: after.published, precision: 'day'});
	const side = (source: Source, index: number | undefined): RowSide | undefined => {
		if (index === undefined) return undefined;
		const text = source.paragraphs[index] ?? '';
		return {text, citations: [{source: source.id, paragraph: index + 1, quote: text}], credits: [], paragraph: index + 1};
	};
	const rows = pairParagraphs(before.paragraphs, after.paragraphs).map((pairing): ComparisonRow => {
		const a = side(before, pairing.before);
		const b = side(after, pairing.after);
		const pair = comparePair(a?.text, b?.text);
		const heading =
			a !== undefined && b !== undefined
				? `Paragraph ${a.paragraph} ↔ ${b.paragraph}`
				: a !== undefined
					? `Paragraph ${a.paragraph} (${labels[0]} only)`
					: `Paragraph ${b?.paragraph} (${labels[1]} only)`;
		return {key: `p${pairing.before ?? ''}-${pairing.after ?? ''}`, heading, change: changeLine(pair, 'articles', labels), pair, before: a, after: b};
	});
	const paired = rows.filter(row => row.before !== undefined && row.after !== undefined).length;
	const summary = `${before.paragraphs.length} and ${after.paragraphs.length} paragraphs, ${plural(paired, 'pair')} by shared words: ${statusCounts(rows, labels, 'articles')}.`;
	return {kind: 'articles', before: sourceSide(timeline, before, labels[0]), after: sourceSide(timeline, after, labels[1]), summary, rows};
}
