import {describe, expect, it} from 'vitest';
import {allowedErrors, parseQuery, refines} from '../../../source/core/search/query.js';

const terms = (input: string) => parseQuery(input).groups.map(group => group.map(({type, inverse, text, caseSensitive}) => ({type, inverse, text, caseSensitive})));

describe('parseQuery: fzf extended syntax', () => {
	it('reads each operator', () => {
		expect(terms("fuzzy 'exact ^prefix suffix$ ^whole$ !not !^notprefix !notsuffix$ !'notfuzzy")).toEqual([
			[{type: 'fuzzy', inverse: false, text: 'fuzzy', caseSensitive: false}],
			[{type: 'exact', inverse: false, text: 'exact', caseSensitive: false}],
			[{type: 'prefix', inverse: false, text: 'prefix', caseSensitive: false}],
			[{type: 'suffix', inverse: false, text: 'suffix', caseSensitive: false}],
			[{type: 'equal', inverse: false, text: 'whole', caseSensitive: false}],
			[{type: 'exact', inverse: true, text: 'not', caseSensitive: false}],
			[{type: 'prefix', inverse: true, text: 'notprefix', caseSensitive: false}],
			[{type: 'suffix', inverse: true, text: 'notsuffix', caseSensitive: false}],
			[{type: 'fuzzy', inverse: true, text: 'notfuzzy', caseSensitive: false}],
		]);
	});

	it('ANDs terms separated by spaces and ORs terms joined by |', () => {
		expect(terms('a | b c | ^d e').map(group => group.map(term => term.text))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
	});

	it('ignores a trailing bar and lone operators; a bar with no term before it is text, as in fzf', () => {
		expect(terms('a |').map(group => group.map(term => term.text))).toEqual([['a']]);
		expect(terms('| a').map(group => group.map(term => term.text))).toEqual([['|'], ['a']]);
		expect(parseQuery("! ^ ' $").groups.map(group => group.map(term => term.text))).toEqual([['$']]);
		expect(parseQuery('   ').groups).toEqual([]);
	});

	it('keeps an escaped space inside a term and treats pasted line breaks as spaces', () => {
		expect(terms("'state\\ police")[0]?.[0]?.text).toBe('state police');
		expect(terms('state\npolice').map(group => group[0]?.text)).toEqual(['state', 'police']);
	});

	it('is smart-case per term: a term with a capital matches case, others fold case and accents', () => {
		const [upper, lower, accented] = parseQuery('ICE ice Résumé').groups.map(group => group[0]!);
		expect(upper).toMatchObject({text: 'ICE', caseSensitive: true});
		expect(lower).toMatchObject({text: 'ice', caseSensitive: false});
		expect(accented).toMatchObject({text: 'Résumé', caseSensitive: true});
		expect(parseQuery('résumé').groups[0]?.[0]).toMatchObject({text: 'resume', caseSensitive: false});
	});

	it('allows typos only in fuzzy terms long enough to carry them', () => {
		expect([3, 4, 5, 7, 8, 12].map(allowedErrors)).toEqual([0, 0, 1, 1, 2, 2]);
		expect(parseQuery("heffernen 'heffernen").groups.map(group => group[0]?.errors)).toEqual([2, 0]);
	});
});

describe('refines: may a search look only among the previous matches?', () => {
	const check = (next: string, previous: string) => refines(parseQuery(next), parseQuery(previous));

	it('yes, when the query grew as it was typed', () => {
		expect(check("'mand", "'man")).toBe(true);
		expect(check('^mass', '^mas')).toBe(true);
		expect(check('ice$', 'ice')).toBe(true);
		expect(check('heffernan letter', 'heffernan')).toBe(true);
		expect(check('patrick !ice', 'patrick')).toBe(true);
	});

	it('no, when the query loosened or a fuzzy term started allowing a typo', () => {
		expect(check('heff', "'heffe")).toBe(false);
		expect(check('secur', 'secu')).toBe(false);
		expect(check('a | b', 'a')).toBe(false);
		expect(check('ice', 'ICE')).toBe(false);
		expect(check('patrick', 'patrick !ice')).toBe(false);
	});
});
