/**
 * Which two things a comparison contrasts: two statements (claims aligned by topic) or two
 * source articles (paragraphs paired by similarity). Shared by `sc-timeline diff [a] [b]` and
 * the explorer, so an id means the same thing in both.
 */
import type {Source, Statement, Timeline} from '../model/schema.js';
import {UserError} from '../model/errors.js';
import {sanitize} from '../text/sanitize.js';

export type Selection = {kind: 'statements'; before: Statement; after: Statement} | {kind: 'articles'; before: Source; after: Source};

/** At most this many ids are listed in an error, so a big timeline still gets a one-line message. */
const listed = 8;

function list(ids: readonly string[]): string {
	if (ids.length === 0) return 'none';
	return ids.length > listed ? `${ids.slice(0, listed).join(', ')}, … (${ids.length} in all)` : ids.join(', ');
}

/** The ids a reader can pass to `diff`, as one line: `statements: a, b; sources: c, d`. */
export function validIds(timeline: Timeline): string {
	return `statements: ${list(timeline.statements.map(item => item.id))}; sources: ${list(timeline.sources.map(item => item.id))}`;
}

/**
 * The pair a comparison opens with: the timeline's `comparison` when it names two statements,
 * else its first two statements. Throws a `UserError` when there are fewer than two.
 */
export function defaultSelection(timeline: Timeline): Selection {
	const {statements} = timeline;
	const byId = (id: string) => statements.find(item => item.id === id);
	const [first, second] = timeline.comparison ?? [];
	const before = first === undefined ? undefined : byId(first);
	const after = second === undefined ? undefined : byId(second);
	if (before !== undefined && after !== undefined) return {kind: 'statements', before, after};
	if (statements[0] !== undefined && statements[1] !== undefined) return {kind: 'statements', before: statements[0], after: statements[1]};
	const articles = timeline.sources.length >= 2 ? `; compare two articles with sc-timeline diff <source> <source> (sources: ${list(timeline.sources.map(item => item.id))})` : '';
	throw new UserError(`this timeline has ${statements.length === 0 ? 'no statements' : 'only one statement'}, and diff compares two${articles}`);
}

/**
 * The pair named by `ids`: none gives `defaultSelection`; two statement ids compare those
 * statements, two source ids those articles. An unknown id is an error listing the valid ones
 * (exit 1); one id, three, or a statement with a source is a usage error (exit 2).
 */
export function selectPair(timeline: Timeline, ids: readonly string[]): Selection {
	if (ids.length === 0) return defaultSelection(timeline);
	if (ids.length !== 2) {
		throw new UserError(`diff takes two ids or none, got ${ids.length}: e.g. sc-timeline diff <statement> <statement> or diff <source> <source> (${validIds(timeline)})`, 2);
	}
	const found = ids.map(id => ({
		id,
		statement: timeline.statements.find(item => item.id === id),
		source: timeline.sources.find(item => item.id === id),
	}));
	const unknown = found.find(item => item.statement === undefined && item.source === undefined);
	if (unknown !== undefined) throw new UserError(`no statement or source with id "${sanitize(unknown.id)}" (${validIds(timeline)})`);
	const [a, b] = found as [(typeof found)[number], (typeof found)[number]];
	if (a.id === b.id) {
		const what = a.statement === undefined ? 'article' : 'statement';
		throw new UserError(`"${sanitize(a.id)}" and "${sanitize(b.id)}" are the same ${what}: name two different ones to compare (${validIds(timeline)})`, 2);
	}
	if (a.statement !== undefined && b.statement !== undefined) return {kind: 'statements', before: a.statement, after: b.statement};
	if (a.source !== undefined && b.source !== undefined) return {kind: 'articles', before: a.source, after: b.source};
	throw new UserError(`"${a.id}" is a ${a.statement ? 'statement' : 'source'} and "${b.id}" a ${b.statement ? 'statement' : 'source'}: compare two statements or two sources`, 2);
}

/** The article a statement's claims cite most (the first cited on a tie); undefined when they cite none. */
export function mainSource(timeline: Timeline, statement: Statement): Source | undefined {
	const counts = new Map<string, number>();
	for (const claim of statement.claims) for (const citation of claim.citations) counts.set(citation.source, (counts.get(citation.source) ?? 0) + 1);
	let best: string | undefined;
	for (const [id, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = id;
	return timeline.sources.find(item => item.id === best);
}

/**
 * The full-text counterpart of a statement pair: the articles the two statements are cited
 * from, when they are two different articles. The explorer's full-text mode shows these.
 */
export function articlesOf(timeline: Timeline, selection: Selection): Selection | undefined {
	if (selection.kind === 'articles') return selection;
	const before = mainSource(timeline, selection.before);
	const after = mainSource(timeline, selection.after);
	if (before === undefined || after === undefined || before === after) return undefined;
	return {kind: 'articles', before, after};
}
