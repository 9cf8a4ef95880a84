/**
 * fzf's extended query syntax, parsed into terms:
 *
 * | token      | matches a text that                                  |
 * | ---------- | ---------------------------------------------------- |
 * | `word`     | contains it, allowing a typo or two in longer words  |
 * | `'word`    | contains it exactly                                  |
 * | `^word`    | has a line (field, actor, tag, paragraph) starting with it |
 * | `word$`    | has a line ending with it                            |
 * | `^word$`   | has a line that is exactly it                        |
 * | `!word`    | does not contain it (also `!^word`, `!word$`; `!'word` is "no fuzzy match") |
 *
 * Spaces separate terms, which must all match (AND); `a | b` matches either (OR). `\ ` is a
 * literal space. Smart case, per term: a term with an upper-case letter matches case exactly;
 * otherwise case and accents are ignored.
 *
 * Field qualifiers (`actor:heffernan`, `tag:decision`, `stance:`, `source:`, `group:`, `year:`,
 * `since:`, `until:`; see core/filter/field-filter.ts) narrow the results to the events they keep, and to the
 * passages those events show; they combine with the terms above (AND).
 */
import {fold, hasUpperCase} from './fold.js';
import {isEmptyFilter, parseQualifiers, type Filter} from '../filter/field-filter.js';
import {filterKey} from './qualifiers.js';

export type TermType = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'equal';

export type Term = {
	type: TermType;
	/** True for `!` terms: the text must not match. */
	inverse: boolean;
	/** What to look for: folded unless `caseSensitive`. */
	text: string;
	caseSensitive: boolean;
	/** Edits a fuzzy term may be off by (0 for other types): see `allowedErrors`. */
	errors: number;
};

/**
 * Terms that must all match; within one, any of its alternatives (`a | b`). `filter`: the field
 * qualifiers, when any; `filterError`: the first one left out as unreadable (`since:someday`).
 */
export type Query = {groups: Term[][]; filter?: Filter; filterError?: string};

/**
 * Typos a fuzzy term tolerates, by its length: none up to 4 characters (short terms would
 * otherwise match almost anything), one for 5–7, two from 8 on (a swapped pair of letters costs two).
 */
export function allowedErrors(length: number): number {
	return length < 5 ? 0 : length < 8 ? 1 : 2;
}

function parseToken(token: string): Term | undefined {
	let text = token.replaceAll('\t', ' ');
	const caseSensitive = hasUpperCase(text);
	let type: TermType = 'fuzzy';
	let inverse = false;
	if (text.startsWith('!')) {
		inverse = true;
		type = 'exact';
		text = text.slice(1);
	}
	if (text !== '$' && text.endsWith('$')) {
		type = 'suffix';
		text = text.slice(0, -1);
	}
	if (text.startsWith("'")) {
		type = inverse ? 'fuzzy' : 'exact';
		text = text.slice(1);
	} else if (text.startsWith('^')) {
		type = type === 'suffix' ? 'equal' : 'prefix';
		text = text.slice(1);
	}
	if (text === '') return undefined;
	if (!caseSensitive) text = fold(text);
	return {type, inverse, text, caseSensitive, errors: type === 'fuzzy' ? allowedErrors(text.length) : 0};
}

/** Parses a query typed or given on the command line. An empty or blank query has no groups. */
export function parseQuery(input: string): Query {
	// Pasted line breaks and other controls act as spaces; `\ ` is kept as a tab until split.
	const cleaned = input.replace(/[\u0000-\u001f\u007f]/g, ' ').replaceAll('\\ ', '\t');
	const qualifiers = parseQualifiers(cleaned);
	const words = qualifiers.filter === undefined ? cleaned : qualifiers.rest.join(' ');
	const tokens = words.split(/ +/).filter(token => token !== '');
	const groups: Term[][] = [];
	let group: Term[] = [];
	let afterBar = false;
	for (const token of tokens) {
		if (token === '|' && group.length > 0 && !afterBar) {
			afterBar = true;
			continue;
		}
		const term = parseToken(token);
		if (term === undefined) {
			afterBar = false;
			continue;
		}
		if (!afterBar && group.length > 0) {
			groups.push(group);
			group = [];
		}
		group.push(term);
		afterBar = false;
	}
	if (group.length > 0) groups.push(group);
	const query: Query = {groups};
	if (qualifiers.filter !== undefined && !isEmptyFilter(qualifiers.filter)) query.filter = qualifiers.filter;
	if (qualifiers.error !== undefined) query.filterError = qualifiers.error;
	return query;
}

/** Whether every text matching `next` also matches `previous`: then `next` only needs to look among `previous`'s matches. */
function termImplies(next: Term, previous: Term): boolean {
	if (next.inverse || previous.inverse) {
		return next.inverse && previous.inverse && next.type === previous.type && next.text === previous.text && next.caseSensitive === previous.caseSensitive;
	}
	if (previous.caseSensitive && !next.caseSensitive) return false;
	const text = previous.caseSensitive === next.caseSensitive ? next.text : fold(next.text);
	switch (previous.type) {
		case 'exact':
			return next.type !== 'fuzzy' || next.errors === 0 ? text.includes(previous.text) : false;
		case 'fuzzy':
			return (next.type !== 'fuzzy' || next.errors <= previous.errors) && text.includes(previous.text);
		case 'prefix':
			return (next.type === 'prefix' || next.type === 'equal') && text.startsWith(previous.text);
		case 'suffix':
			return (next.type === 'suffix' || next.type === 'equal') && text.endsWith(previous.text);
		case 'equal':
			return next.type === 'equal' && text === previous.text;
	}
}

/** True when `next` is at least as strict as `previous`, as when a query grows as it is typed. */
export function refines(next: Query, previous: Query): boolean {
	if (filterKey(next.filter) !== filterKey(previous.filter)) return false;
	return previous.groups.every(old => next.groups.some(group => group.every(term => old.some(was => termImplies(term, was)))));
}
