import {describe, expect, test} from 'vitest';
import {sheetCsvAddress} from '../../../../source/core/load/sheet/google-sheets.js';

describe('sheetCsvAddress', () => {
	const key = '1xHw9vYxE-8Qd_Ab3cDeFgHiJkLmNoPqRsTuVwXyZ012';
	test('the editing address, with or without a sheet named', () => {
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${key}/edit`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`);
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${key}/edit?usp=sharing`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`);
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${key}/edit#gid=0`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv&gid=0`);
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${key}/edit?gid=1234#gid=1234`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv&gid=1234`);
	});

	test('a signed-in account path (/u/0/) and the old ?key= form', () => {
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/u/0/d/${key}/edit`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`);
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/ccc?key=${key}&usp=sharing`)).toBe(`https://docs.google.com/spreadsheets/d/${key}/export?format=csv`);
	});

	test('a sheet published to the web', () => {
		const published = '2PACX-1vTq9Xw_aBcD-eFgH';
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/e/${published}/pubhtml`)).toBe(`https://docs.google.com/spreadsheets/d/e/${published}/pub?output=csv`);
		expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/e/${published}/pubhtml?gid=7&single=true`)).toBe(`https://docs.google.com/spreadsheets/d/e/${published}/pub?output=csv&gid=7`);
	});

	test('any other address is left as it is', () => {
		for (const address of ['https://example.org/story.json', 'https://example.org/spreadsheets/d/abc/edit', 'http://docs.google.com/document/d/abc/edit']) {
			expect(sheetCsvAddress(address)).toBe(address);
		}
	});
});
