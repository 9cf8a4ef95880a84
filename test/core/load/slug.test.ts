import {describe, expect, it} from 'vitest';
import {anyScriptSlug, slug} from '../../../source/core/load/timelinejs-import.js';

describe('ids made from headlines', () => {
	it('gives an ASCII headline the id the rules for any script give it', () => {
		const headlines = [
			'Headline number 12',
			'  -- Leading punctuation!',
			'1850',
			'12 Angry Men',
			'Trailing dashes ---',
			'UPPER and lower, with "quotes" & ampersands',
			`${'Sixty characters and more '.repeat(4)}end`,
			`${'a'.repeat(59)} b`,
			'',
			'~!@#$%^&*()',
			'Tabs\tand\nnewlines are not printable',
		];
		for (const headline of headlines) expect(slug(headline), headline).toBe(anyScriptSlug(headline));
	});

	it('keeps letters of any script', () => {
		expect(slug('Café « fight »')).toBe('café-fight');
		expect(slug('Начало работ')).toBe('начало-работ');
	});

	it('keeps the marks of a word, never one left alone by an emoji taken out: every id can be typed', () => {
		expect(slug('Thumbs ❤️ heart')).toBe('thumbs-heart');
		expect(slug('👍🏽 Thumbs up')).toBe('thumbs-up');
		expect(slug('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
		for (const headline of ['Flag 🏳️‍🌈 raised', 'Keycap 1️⃣ one', '❤️ first']) expect(slug(headline), headline).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});
