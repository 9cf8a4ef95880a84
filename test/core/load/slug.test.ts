import {describe, expect, it} from 'vitest';
import {slug} from '../../../source/core/load/timelinejs-import.js';

/** The rules for any script: letters and digits kept, lower-cased; anything else a dash; 60 characters at most, no dash at the end, never bare digits. */
function reference(text: string): string {
	const chars = Array.from(
		text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+/gu, '-')
			.replace(/^[-\p{M}]+/u, ''),
	);
	const cut = chars.slice(0, 60).join('').replace(/-+$/, '');
	return /^\p{N}+$/u.test(cut) ? `event-${cut}` : cut;
}

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
		for (const headline of headlines) expect(slug(headline), headline).toBe(reference(headline));
	});

	it('keeps letters of any script', () => {
		expect(slug('Café « fight »')).toBe('café-fight');
		expect(slug('Начало работ')).toBe('начало-работ');
	});
});
