import {describe, expect, test} from 'vitest';
import {sheetCsvAddresses} from '../../../../source/core/load/sheet/google-sheets.js';

/** The published CSV, then the export, of a sheet key. */
const both = (key: string, gid?: string) => [
	`https://docs.google.com/spreadsheets/d/${key}/pub?output=csv${gid === undefined ? '' : `&gid=${gid}&single=true`}`,
	`https://docs.google.com/spreadsheets/d/${key}/export?format=csv${gid === undefined ? '' : `&gid=${gid}`}`,
];

describe('sheetCsvAddresses', () => {
	const key = '1xHw9vYxE-8Qd_Ab3cDeFgHiJkLmNoPqRsTuVwXyZ012';
	test('the editing address, with or without a sheet named', () => {
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/${key}/edit`)).toEqual(both(key));
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/${key}/edit?usp=sharing`)).toEqual(both(key));
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/${key}/edit#gid=0`)).toEqual(both(key, '0'));
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/${key}/edit?gid=1234#gid=1234`)).toEqual(both(key, '1234'));
	});

	test('a signed-in account path (/u/0/) and the old ?key= form', () => {
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/u/0/d/${key}/edit`)).toEqual(both(key));
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/ccc?key=${key}&usp=sharing`)).toEqual(both(key));
	});

	test('a sheet published to the web', () => {
		const published = '2PACX-1vTq9Xw_aBcD-eFgH';
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/e/${published}/pubhtml`)).toEqual([`https://docs.google.com/spreadsheets/d/e/${published}/pub?output=csv`]);
		expect(sheetCsvAddresses(`https://docs.google.com/spreadsheets/d/e/${published}/pubhtml?gid=7&single=true`)).toEqual([
			`https://docs.google.com/spreadsheets/d/e/${published}/pub?output=csv&gid=7&single=true`,
		]);
	});

	test('any other address is left as it is', () => {
		for (const address of ['https://example.org/story.json', 'https://example.org/spreadsheets/d/abc/edit', 'http://docs.google.com/document/d/abc/edit']) {
			expect(sheetCsvAddresses(address)).toEqual([address]);
		}
	});
});
