/**
 * What a schema cannot say about a timeline, every instance of it: duplicate ids, citations that
 * point nowhere or quote what their paragraph does not say, impossible dates, unknown topics.
 * A quote that is not verbatim says where the words are, or what the article has instead.
 */
import type {Citation, Source, TimelineDate} from '../model/schema.js';
import {checkDate, sameStatement} from '../model/cross-references.js';
import {findFolded, foldQuery} from '../authoring/match.js';
import {quoteInput} from '../text/sanitize.js';
import {plural} from '../text/plural.js';
import {pathText, type Finding, type KeyPath} from './problem.js';
import type {Salvaged} from './schema-rules.js';

const error = (path: KeyPath, rule: string, message: string): Finding => ({path, severity: 'error', rule, message: `${pathText(path)}: ${message}`});

function duplicates(items: Array<{id: string} | undefined>, list: string): Finding[] {
	const seen = new Set<string>();
	const found: Finding[] = [];
	for (const [index, item] of items.entries()) {
		if (item === undefined) continue;
		if (seen.has(item.id)) found.push(error([list, index, 'id'], 'duplicate-id', `duplicate id "${item.id}"`));
		seen.add(item.id);
	}
	return found;
}

/** Why a quote missing from its paragraph is missing: elsewhere verbatim, or there in other quotes, spacing or case. */
function quoteHint(source: Source, cite: Citation): {rule: string; hint: string} {
	const elsewhere = source.paragraphs.flatMap((paragraph, index) => (paragraph.includes(cite.quote) ? [index + 1] : []));
	if (elsewhere.length > 0) return {rule: 'quote-elsewhere', hint: `; it is in paragraph ${elsewhere.join(', ')}`};
	const query = foldQuery(cite.quote);
	const own = findFolded(query, source.paragraphs[cite.paragraph - 1] ?? '')[0];
	if (own !== undefined) return {rule: 'quote-near-miss', hint: `; the article has "${quoteInput(own, 200)}" (quotes, spacing or case differ)`};
	for (const [index, paragraph] of source.paragraphs.entries()) {
		const near = findFolded(query, paragraph)[0];
		if (near !== undefined) return {rule: 'quote-near-miss', hint: `; paragraph ${index + 1} has "${quoteInput(near, 200)}" (quotes, spacing or case differ)`};
	}
	return {rule: 'quote', hint: ''};
}

function citationFindings(sources: Map<string, Source>, cite: Citation, path: KeyPath, unread?: ReadonlySet<string>): Finding[] {
	const source = sources.get(cite.source);
	// A source whose paragraphs could not be read is reported once, for itself: its citations cannot be checked.
	if (!source && unread?.has(cite.source)) return [];
	if (!source) return [error([...path, 'source'], 'unknown-source', `unknown source "${cite.source}"`)];
	const paragraph = source.paragraphs[cite.paragraph - 1];
	if (paragraph === undefined)
		return [error([...path, 'paragraph'], 'paragraph-range', `${cite.paragraph} is out of range (source "${cite.source}" has ${plural(source.paragraphs.length, 'paragraph')})`)];
	if (paragraph.includes(cite.quote)) return [];
	const {rule, hint} = quoteHint(source, cite);
	return [error([...path, 'quote'], rule, `not found verbatim in paragraph ${cite.paragraph} of "${cite.source}"${hint}`)];
}

function dateFindings(date: TimelineDate, path: KeyPath): Finding[] {
	const problem = checkDate(date);
	return problem === undefined ? [] : [error([...path, 'value'], 'date', problem.replace(/^\.value: /, ''))];
}

/** Every reference, quote and date problem in the sound parts of a timeline, in file order within each kind. */
export function referenceFindings(timeline: Salvaged): Finding[] {
	const found = [...duplicates(timeline.sources, 'sources'), ...duplicates(timeline.events, 'events'), ...duplicates(timeline.topics, 'topics'), ...duplicates(timeline.statements, 'statements')];
	// The first of two sources with one id is the one a citation means (the second is reported as a duplicate).
	const sources = new Map<string, Source>();
	for (const source of timeline.sources) if (source && !sources.has(source.id)) sources.set(source.id, source);
	const topics = new Set(timeline.topics.map(topic => topic?.id));
	for (const [i, event] of timeline.events.entries()) {
		if (event === undefined) continue;
		found.push(...dateFindings(event.date, ['events', i, 'date']));
		for (const [j, cite] of event.citations.entries()) found.push(...citationFindings(sources, cite, ['events', i, 'citations', j], timeline.unreadSources));
	}
	for (const [i, statement] of timeline.statements.entries()) {
		if (statement === undefined) continue;
		found.push(...dateFindings(statement.date, ['statements', i, 'date']));
		for (const [j, claim] of statement.claims.entries()) {
			if (!topics.has(claim.topic)) found.push(error(['statements', i, 'claims', j, 'topic'], 'unknown-topic', `unknown topic "${claim.topic}"`));
			for (const [k, cite] of claim.citations.entries()) found.push(...citationFindings(sources, cite, ['statements', i, 'claims', j, 'citations', k], timeline.unreadSources));
		}
	}
	const ids = new Set(timeline.statements.map(statement => statement?.id));
	for (const [i, id] of (timeline.comparison ?? []).entries()) {
		if (!ids.has(id)) found.push(error(['comparison', i], 'unknown-statement', `unknown statement "${id}"`));
		else if (i === 1 && id === timeline.comparison?.[0]) found.push(error(['comparison', 1], 'same-statement', sameStatement(id)));
	}
	return found;
}
