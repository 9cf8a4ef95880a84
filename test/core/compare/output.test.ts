import {describe, expect, it} from 'vitest';
import {buildComparison} from '../../../source/core/compare/model.js';
import {comparisonJson} from '../../../source/core/compare/compare-json.js';
import {comparisonMarkdown, markdownSegments} from '../../../source/core/compare/compare-markdown.js';
import {articlesOf, defaultSelection} from '../../../source/core/compare/select.js';
import {bundled, decision} from './fixtures.js';

const {raw, timeline} = bundled;

describe('comparisonMarkdown', () => {
	const lines = comparisonMarkdown(buildComparison(timeline, defaultSelection(timeline)));

	it("has a section per topic with its change line, each side's date, marked text and credits", () => {
		expect(lines[0]).toBe("# Heffernan's statement on joining Secure Communities → Heffernan's letter to Homeland Security");
		expect(lines.filter(line => line.startsWith('## '))).toEqual(timeline.topics.map(topic => `## ${topic.label}`));
		expect(lines).toContain('*Reworded: 4 words kept, 13 removed, 13 added.*');
		expect(lines).toContain('**2010** · by December 17, 2010');
		expect(lines).toContain('~~The~~ state ~~will formally~~ join ~~a program called~~ Secure Communities ~~after months of deliberating by state officials~~.');
		expect(lines).toContain("**Patrick won't sign any memorandum of understanding for the** state **to** join **the federal** Secure Communities **program**.");
		expect(lines).toContain("> — WBUR, “Mass. Won't Join Immigration Check Program”, June 6, 2011, paragraph 2");
	});

	it('escapes the data so it cannot open a mark of its own', () => {
		expect(
			markdownSegments(
				[
					{kind: 'same', text: '1. a *b* '},
					{kind: 'added', text: '~c~'},
				],
				['same', 'added'],
			),
		).toBe('1\\. a \\*b\\* **\\~c\\~**');
	});
});

describe('marks a renderer opens and closes', () => {
	// CommonMark opens `**` only when it is not followed by a space, nor by punctuation right after a letter (and closes likewise).
	const marked = (segments: Array<{kind: 'same' | 'removed' | 'added'; text: string}>) => markdownSegments(segments, ['same', 'removed', 'added']);

	it('leaves punctuation between a kept word and a change outside the mark, so the mark is not shown as asterisks', () => {
		expect(
			marked([
				{kind: 'same', text: 'the program'},
				{kind: 'added', text: ', saying it could discourage'},
				{kind: 'same', text: ' immigrants'},
			]),
		).toBe('the program, **saying it could discourage** immigrants');
		expect(
			marked([
				{kind: 'same', text: 'the feds'},
				{kind: 'removed', text: ' can ask (politely'},
				{kind: 'added', text: ' must ask ('},
				{kind: 'same', text: 'now) police'},
			]),
		).toBe('the feds ~~can ask (politely~~ **must ask** (now) police');
	});

	it('marks a change of punctuation alone with an HTML tag, so it still shows', () => {
		expect(
			marked([
				{kind: 'same', text: 'police'},
				{kind: 'removed', text: '.'},
				{kind: 'added', text: ','},
				{kind: 'same', text: 'and more'},
			]),
		).toBe('police<del>.</del><ins>,</ins>and more');
	});
});

describe('comparisonJson', () => {
	const json = comparisonJson(raw, buildComparison(raw, defaultSelection(raw)));

	it('gives both statements and, per topic, both claims, their citations resolved, and the word-level changes', () => {
		expect(json.kind).toBe('statements');
		expect(json.before).toMatchObject({kind: 'statement', id: raw.comparison?.[0], label: '2010', stance: 'joining', formattedDate: 'by December 17, 2010'});
		expect(json.after).toMatchObject({kind: 'statement', id: raw.comparison?.[1], label: '2011', stance: 'refusing'});
		expect(json.paragraphs).toBeUndefined();
		expect(json.topics?.map(topic => topic.id)).toEqual(raw.topics.map(topic => topic.id));
		const first = json.topics?.[0];
		expect(first).toMatchObject({
			id: 'decision',
			label: 'The decision',
			status: 'reworded',
			marking: 'words',
			change: 'Reworded: 4 words kept, 13 removed, 13 added.',
			counts: {kept: 4, removed: 13, added: 13},
			before: {text: decision.before},
			after: {text: decision.after},
		});
		expect(first?.changes.filter(change => change.type !== 'same').map(change => change.text)).toEqual([
			'The',
			"Patrick won't sign any memorandum of understanding for the",
			'will formally',
			'to',
			'a program called',
			'the federal',
			'after months of deliberating by state officials',
			'program',
		]);
		for (const topic of json.topics ?? []) {
			for (const side of [topic.before, topic.after]) {
				expect(side?.citations.length).toBeGreaterThan(0);
				for (const citation of side?.citations ?? []) {
					expect(citation.passage).toContain(citation.quote);
					expect(citation.article?.outlet).toBe('WBUR');
				}
			}
		}
	});

	it('gives the articles paragraph by paragraph in full-text mode', () => {
		const articles = comparisonJson(raw, buildComparison(raw, articlesOf(raw, defaultSelection(raw))!));
		expect(articles.kind).toBe('articles');
		expect(articles.topics).toBeUndefined();
		expect(articles.before).toMatchObject({kind: 'article', speaker: 'WBUR', date: {value: '2010-12-17', precision: 'day'}});
		const last = articles.paragraphs?.at(-1);
		expect(last).toMatchObject({label: 'Paragraph 13 ↔ 15', before: {paragraph: 13, citations: []}, after: {paragraph: 15}});
	});
});
