import {describe, expect, it} from 'vitest';
import {escapeMarkdown} from '../../../source/core/format/markdown-escape.js';

describe('escapeMarkdown', () => {
	it('escapes characters that would start emphasis, code, links, HTML or tables', () => {
		expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> g|h ~~i~~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\~\\~i\\~\\~ \\\\');
	});

	it('escapes # so a heading cannot gain a closing sequence or a paragraph become a heading', () => {
		expect(escapeMarkdown('Amendment #3 #')).toBe('Amendment \\#3 \\#');
	});

	it('breaks an entity-like & so it shows as typed, and leaves a plain & alone', () => {
		// `&#38;` is broken by escaping its `#`, which is enough: `&\#38;` is not an entity.
		expect(escapeMarkdown('AT&T &amp; &#38;')).toBe('AT&T \\&amp; &\\#38;');
	});

	it('at the start of a paragraph, stops a list item, numbered item or heading underline', () => {
		expect(escapeMarkdown('- item', {lineStart: true})).toBe('\\- item');
		expect(escapeMarkdown('+ item', {lineStart: true})).toBe('\\+ item');
		expect(escapeMarkdown('=====', {lineStart: true})).toBe('\\=====');
		expect(escapeMarkdown('2011. A year', {lineStart: true})).toBe('2011\\. A year');
		expect(escapeMarkdown('> quote', {lineStart: true})).toBe('\\> quote');
		expect(escapeMarkdown('Plain words, 1. inside', {lineStart: true})).toBe('Plain words, 1. inside');
	});
});
