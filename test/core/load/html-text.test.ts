/**
 * TimelineJS text is HTML: what a reader sees in a browser is what the model holds, and export
 * writes it back so TimelineJS shows the same.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {htmlToParagraphs, htmlToText} from '../../../source/core/load/html-parse.js';
import {paragraphsToHtml, plainLinks, textToHtml} from '../../../source/core/load/html-text.js';
import {fromTimelineJs} from '../../../source/core/load/timelinejs-import.js';
import {toTimelineJs} from '../../../source/core/format/timelinejs-export.js';

describe('HTML as TimelineJS shows it', () => {
	it('decodes every HTML5 named entity, and numeric ones; what is not an entity stays as written, as a browser reads it', () => {
		expect(htmlToText('&rsaquo; &lsaquo; &auml; &eacute; &laquo; &euro; &deg; &szlig; &frac12; &minus; &THORN;')).toBe('› ‹ ä é « € ° ß ½ − Þ');
		expect(htmlToText('&#8220;&#x201C;&#128240;')).toBe('““📰');
		expect(htmlToText('&amp;amp; a & b &rsaquo &nosuch;')).toBe('&amp; a & b &rsaquo &nosuch;');
		// As in a browser: `&not` is one of the old entities that need no semicolon.
		expect(htmlToText('&notanentity;')).toBe('¬anentity;');
	});

	it('writes decoded text back without escaping it twice', () => {
		const text = htmlToText('Caf&eacute; &rsaquo; &amp;amp;');
		expect(textToHtml(text)).toBe('Café › &amp;amp;');
		expect(htmlToText(textToHtml(text))).toBe(text);
	});

	it('shows lists as • items (numbered in an <ol>) and writes them back as lists', () => {
		const html = '<p>Closed:</p><ul><li>the harbour</li><li>the <a href="https://example.org/road">coast road</a></li></ul><ol><li>first</li><li>second</li></ol>';
		const paragraphs = htmlToParagraphs(html);
		expect(paragraphs).toEqual(['Closed:', '• the harbour', '• the [coast road](https://example.org/road)', '1. first', '2. second']);
		expect(paragraphsToHtml(paragraphs)).toBe(html);
	});

	it('keeps each link one link, to the address written: a parenthesis or bracket in its URL cannot close it and start another; a label with a bracket, or a script address, stays text', () => {
		const html =
			'<p>Read <a href="https://news.example/story)  [Log in](https://evil.example/phish">the story</a>, <a href="https://en.wikipedia.org/wiki/Boston_(disambiguation)">Boston</a>, <a href="http://ok">a ] b ( c</a> and <a href="javascript:alert(1)">js</a>.</p>';
		const [text] = htmlToParagraphs(html);
		expect(plainLinks(text!)).toBe(
			'Read the story <https://news.example/story%29%20%20%5BLog%20in%5D%28https://evil.example/phish>, Boston <https://en.wikipedia.org/wiki/Boston_%28disambiguation%29>, a ] b ( c and js.',
		);
		// Written back, one <a> each, to the same addresses.
		const written = paragraphsToHtml([text!]);
		expect([...written.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, url, label]) => `${label} -> ${url}`)).toEqual([
			'the story -> https://news.example/story%29%20%20%5BLog%20in%5D%28https://evil.example/phish',
			'Boston -> https://en.wikipedia.org/wiki/Boston_%28disambiguation%29',
		]);
	});

	it('never makes text of what is not text: buttons, scripts, styles, frames', () => {
		const html = '<p>Before</p><button onclick="go()">Play</button><script>alert(1)</script><style>p{color:red}</style><iframe src="x">frame</iframe><p>After</p>';
		expect(htmlToParagraphs(html)).toEqual(['Before', 'After']);
		expect(htmlToParagraphs('<script>never closed')).toEqual([]);
		// What one fragment leaves open does not reach the next.
		expect(htmlToParagraphs('<ol><li>one<p>Next field</p>')).toEqual(['1. one', 'Next field']);
		expect(htmlToParagraphs('<ul><li>first')).toEqual(['• first']);
	});

	it('breaks paragraphs at blocks and <br>, however written', () => {
		expect(htmlToParagraphs('one<br>two<br/>three<br />four<div>five</div>')).toEqual(['one', 'two', 'three', 'four', 'five']);
	});

	it('shows a line break in the text as a space, as a browser (and TimelineJS) does, but in <pre>; a TimelineJS note (span.tl-note) as its own paragraph', () => {
		expect(htmlToParagraphs('Valves open at 9 a.m.\nThe lake drops.')).toEqual(['Valves open at 9 a.m. The lake drops.']);
		expect(htmlToParagraphs('<p>The ENIAC women. <span class="tl-note">A video on them.\n.</span></p>')).toEqual(['The ENIAC women.', 'A video on them. .']);
		expect(htmlToParagraphs('On the Apollo Project.<span class="note tl-note">Videos embed easily.</span>After.')).toEqual(['On the Apollo Project.', 'Videos embed easily.', 'After.']);
		expect(htmlToParagraphs('<pre>line one\nline two</pre>')).toEqual(['line one', 'line two']);
		expect(htmlToParagraphs('<span class="tl-notes">inline</span> text')).toEqual(['inline text']);
	});

	it('reads text whose only tags are <p>, </p> and <br> (most cells) as the HTML parser reads it', () => {
		const piece = fc.constantFrom('<p>', '</p>', '<br>', '<br/>', '<br />', '<br >', 'word', 'two words', ' ', '\n', '\r\n', '\t', '>', '"', "'", '\ue000', '\ue003x\ue004', 'é', '</b', '<');
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 14}), pieces => {
				const html = pieces.join('');
				// An inline element the parser reads as nothing: the same text, through the parser.
				expect(htmlToParagraphs(html)).toEqual(htmlToParagraphs(`<span></span>${html}`));
			}),
			{numRuns: 2000},
		);
		expect(htmlToParagraphs('<p>One, "quoted".</p>\nTwo</p><p>Three<br>Four')).toEqual(['One, "quoted".', 'Two', 'Three', 'Four']);
	});

	it('keeps inline markup and <br> in a headline, an era’s and the title on export', () => {
		const headline = 'Storm <em>Elowen</em>:<br/><strong>48 hours</strong>';
		const era = {start_date: {year: 2024}, end_date: {year: 2026}, text: {headline}};
		const {timeline} = fromTimelineJs({title: {text: {headline}}, events: [{start_date: {year: 2025}, text: {headline}}], eras: [era]});
		expect(timeline.title).toBe('Storm Elowen: 48 hours');
		expect(timeline.events[0]?.headline).toBe('Storm Elowen: 48 hours');
		const document = toTimelineJs(timeline);
		expect(document.title?.text.headline).toBe(headline);
		expect(document.events[0]?.text.headline).toBe(headline);
		expect(document['eras']).toEqual([era]);
	});
});
