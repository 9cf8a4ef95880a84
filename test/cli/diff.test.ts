import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import {displayWidth} from '../../source/core/text/width.js';
import type {DiffJson} from '../../source/core/compare/compare-json.js';
import type {Timeline} from '../../source/core/model/schema.js';

const bundledFile = fileURLToPath(new URL('../../data/secure-communities.json', import.meta.url));
const data = JSON.parse(readFileSync(bundledFile, 'utf8')) as Timeline;
const [first, second] = data.statements;
const [older, newer] = data.sources;
/** Printed lines joined back into running text, so wrapped sentences can be searched. */
const prose = (text: string) =>
	text
		.split('\n')
		.map(line => line.trim())
		.join(' ');

function writeTimeline(document: object): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'sc-diff-')), 'timeline.json');
	writeFileSync(file, JSON.stringify(document));
	return file;
}

describe('sc-timeline diff', () => {
	it('compares the 2010 and 2011 statements topic by topic, with the no-colour markers, at 80 columns in one column', () => {
		const {code, stdout, stderr} = runCli(['diff']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).not.toContain('\u001B');
		expect(stdout).not.toContain(' │ ');
		for (const topic of data.topics) expect(stdout).toMatch(new RegExp(`^── ${topic.label} ─+$`, 'm'));
		expect(stdout).toContain('\nReworded: 4 words kept, 13 removed, 13 added.\n');
		expect(prose(stdout)).toContain(
			"[-The-]{+Patrick won't sign any memorandum of understanding for the+} state [-will formally-]{+to+} join [-a program called-]{+the federal+} Secure Communities [-after months of deliberating by state officials-]{+program+}.",
		);
		expect(prose(stdout)).toContain('[-The-]{+We are reluctant to participate if the+} program is mandatory [-for all communities in the future-]{+and unwilling to participate if it is voluntary+}.');
		expect(stdout).toContain('Stance: joining → refusing');
		for (const line of stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('puts the claims side by side at --width 160 and in one column at --width 99', () => {
		const wide = runCli(['diff', '--width', '160']).stdout;
		expect(wide).toMatch(/^2010 · by December 17, 2010 +│ 2011 · June 3, 2011$/m);
		for (const line of wide.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(160);
		expect(runCli(['diff', '--width', '99']).stdout).not.toContain(' │ ');
	});

	it('paints changes red and green without markers when colour is on, and keeps markers with --no-color', () => {
		const colored = runCli(['diff'], {env: {FORCE_COLOR: '1'}}).stdout;
		expect(colored).toContain('\u001B[31m\u001B[9mThe\u001B[');
		expect(colored).not.toContain('[-The-]');
		const plain = runCli(['diff', '--no-color'], {env: {FORCE_COLOR: '1'}}).stdout;
		expect(plain).not.toContain('\u001B');
		expect(plain).toContain('[-The-]');
	});

	it('compares any two statements in the order given', () => {
		const {code, stdout} = runCli(['diff', second!.id, first!.id]);
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toBe('2011 → 2010  4 topics: 2 reworded, 2 replaced.');
		expect(prose(stdout)).toContain("[-Patrick won't sign any memorandum of understanding for the-]");
	});

	it('compares two articles paragraph by paragraph given two source ids', () => {
		const {code, stdout} = runCli(['diff', older!.id, newer!.id]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^── Paragraph 1 ↔ 1 ─+$/m);
		expect(stdout).toMatch(/^── Paragraph 13 ↔ 15 ─+$/m);
		expect(stdout).toContain('This program aired on [-December 17-]{+June 6+}, [-2010-]{+2011+}.');
	});

	it('--format json gives the topics, both claims, their citations and the word-level changes', () => {
		const {code, stdout} = runCli(['diff', '--format', 'json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as DiffJson;
		expect(Object.keys(json)).toEqual(['kind', 'before', 'after', 'summary', 'topics']);
		expect(json.topics?.map(topic => topic.id)).toEqual(data.topics.map(topic => topic.id));
		for (const topic of json.topics ?? []) {
			expect(Object.keys(topic)).toEqual(['id', 'label', 'status', 'marking', 'change', 'similarity', 'counts', 'before', 'after', 'changes']);
			expect(topic.before?.text).toBe(first!.claims.find(claim => claim.topic === topic.id)?.text);
			expect(topic.after?.citations.map(({source, paragraph, quote}) => ({source, paragraph, quote}))).toEqual(
				second!.claims.filter(claim => claim.topic === topic.id).flatMap(claim => claim.citations),
			);
			expect(
				topic.changes
					.filter(change => change.type !== 'added')
					.map(change => change.text)
					.join(''),
			).toBe(topic.before?.text);
			expect(
				topic.changes
					.filter(change => change.type !== 'removed')
					.map(change => change.text)
					.join(''),
			).toBe(topic.after?.text);
		}
		const json2 = JSON.parse(runCli(['diff', older!.id, newer!.id, '-f', 'json']).stdout) as DiffJson;
		expect(json2.kind).toBe('articles');
		expect(json2.paragraphs?.length).toBeGreaterThan(0);
	});

	it('--format markdown strikes removed words and bolds added ones', () => {
		const {code, stdout} = runCli(['diff', '-f', 'markdown']);
		expect(code).toBe(0);
		expect(stdout).toContain('\n## The decision\n');
		expect(stdout).toContain('~~The~~ state ~~will formally~~ join');
	});

	it('an unknown id is a one-line error listing the valid ids, exit 1; a wrong number of ids is a usage error, exit 2', () => {
		const unknown = runCli(['diff', 'nope', second!.id]);
		expect(unknown.code).toBe(1);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toBe(`sc-timeline: no statement or source with id "nope" (statements: ${first!.id}, ${second!.id}; sources: ${older!.id}, ${newer!.id})\n`);
		const one = runCli(['diff', first!.id]);
		expect(one.code).toBe(2);
		expect(one.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('a timeline with fewer than two statements says so, exit 1', () => {
		const sample = fileURLToPath(new URL('../fixtures/timelinejs/newsroom.json', import.meta.url));
		const {code, stdout, stderr} = runCli(['diff', '--data', sample]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('sc-timeline: this timeline has no statements, and diff compares two\n');
	});

	it('shows control characters in a claim as harmless text, and keeps them exact in JSON', () => {
		const hostile = structuredClone(data);
		hostile.statements[1]!.claims[0]!.text = "Patrick \u001B[2Jwon't sign.";
		const file = writeTimeline(hostile);
		const {code, stdout} = runCli(['diff', '--data', file], {env: {FORCE_COLOR: '0'}});
		expect(code).toBe(0);
		expect(stdout).not.toContain('\u001B');
		expect(stdout).toContain("^[[2Jwon't");
		const json = JSON.parse(runCli(['diff', '--data', file, '-f', 'json']).stdout) as DiffJson;
		expect(json.topics?.[0]?.after?.text).toBe("Patrick \u001B[2Jwon't sign.");
	});
});
