import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {cliPath} from './helpers/run-cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = /<!-- authoring:start -->\n([\s\S]*?)<!-- authoring:end -->/.exec(readme)?.[1] ?? '';

/** The section's fenced blocks in order: commands with the output shown under them, and JSON to add to the file. */
type Block = {kind: 'event'; event: string} | {kind: 'command'; command: string; output: string};
const blocks = [...section.matchAll(/```(json)?\n([\s\S]*?)```/g)].map(([, json, body = '']): Block => {
	if (json) return {kind: 'event', event: body};
	const [first = '', ...rest] = body.split('\n');
	return {kind: 'command', command: first.slice(2), output: rest.join('\n')};
});

/** A folder with the article and an `sc-timeline` on PATH that runs the built program, as a user's shell would. */
function workspace(): {dir: string; env: NodeJS.ProcessEnv} {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-readme-'));
	mkdirSync(path.join(dir, 'bin'));
	writeFileSync(path.join(dir, 'bin', 'sc-timeline'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} "$@"\n`);
	chmodSync(path.join(dir, 'bin', 'sc-timeline'), 0o755);
	copyFileSync(fileURLToPath(new URL('fixtures/seeds/000_732e1aff2319cb26.txt', import.meta.url)), path.join(dir, 'article.txt'));
	const env: NodeJS.ProcessEnv = {...process.env, PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1'};
	delete env['FORCE_COLOR'];
	return {dir, env};
}

describe('README: Make your own timeline', () => {
	it('runs every command of the section in order, each printing what the README shows, and the explorer opens the result', () => {
		expect(blocks.map(block => (block.kind === 'command' ? block.command.split(' ')[1] : 'event'))).toEqual(['init', 'source', 'cite', 'event', 'check', '--data']);
		const {dir, env} = workspace();
		const story = path.join(dir, 'story.json');
		const edit = (change: (timeline: {sources: unknown[]; events: unknown[]}) => void) => {
			const timeline = JSON.parse(readFileSync(story, 'utf8')) as {sources: unknown[]; events: unknown[]};
			change(timeline);
			writeFileSync(story, JSON.stringify(timeline, null, '\t'));
		};
		for (const block of blocks) {
			// The README's own instructions between commands: paste the source, add the event.
			if (block.kind === 'event') {
				edit(timeline => timeline.events.push(JSON.parse(block.event)));
				continue;
			}
			const result = spawnSync('sh', ['-c', `exec 2>&1; ${block.command}`], {cwd: dir, env, encoding: 'utf8'});
			expect(result.status, block.command).toBe(0);
			// Without a terminal the explorer prints the summary instead: it shows the event added above.
			if (block.command === 'sc-timeline --data story.json') expect(result.stdout).toContain("Massachusetts won't join Secure Communities");
			else expect(result.stdout, block.command).toBe(block.output);
			if (block.command.endsWith('> source.json')) edit(timeline => timeline.sources.push(JSON.parse(readFileSync(path.join(dir, 'source.json'), 'utf8'))));
		}
		rmSync(dir, {recursive: true, force: true});
	});
});
