/**
 * Files that are not files: a named pipe nobody writes to, a device that never ends, a directory,
 * and text that is not UTF-8. Every command that reads a file answers each with one line naming
 * it, exit 1, within 2 s (a run still going then is killed and has no exit code).
 */
import {describe, expect, it} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath} from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-special-'));
const fifo = path.join(dir, 'pipe.json');
execFileSync('mkfifo', [fifo]);
const zeroLink = path.join(dir, 'zero.json');
symlinkSync('/dev/zero', zeroLink);

/** The command's exit and output; one that hangs (reading a pipe with no writer) is killed, late enough that a slow start on a busy machine is not taken for one. */
function run(args: string[]) {
	const result = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL', env: {...process.env, NO_COLOR: '1'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** What each command prints for a file it cannot read: `check` reports it as a problem on stdout, the others on stderr. */
const commands = [
	{
		name: 'check',
		args: (file: string) => ['check', file],
		line: (file: string, reason: string) => ({stdout: `${file}:1:1: error: ${reason} (read)\n`, stderr: 'sc-timeline: 1 error and 0 warnings in 1 file\n'}),
	},
	{name: 'source', args: (file: string) => ['source', file], line: (file: string, reason: string) => ({stdout: '', stderr: `sc-timeline: ${file}: ${reason}\n`})},
	{name: 'summary --data', args: (file: string) => ['summary', '--data', file], line: (file: string, reason: string) => ({stdout: '', stderr: `sc-timeline: ${file}: ${reason}\n`})},
	{name: 'cite --data', args: (file: string) => ['cite', 'words', '--data', file], line: (file: string, reason: string) => ({stdout: '', stderr: `sc-timeline: ${file}: ${reason}\n`})},
];
const expected = (name: string) => (name === 'source' ? 'a text file' : 'a JSON file');

describe('a file that is not a regular file', () => {
	for (const command of commands) {
		it(`${command.name}: a named pipe with no writer, /dev/zero and a link to it are refused at once, in one line`, () => {
			for (const [file, what] of [
				[fifo, 'a named pipe'],
				['/dev/zero', 'a device'],
				[zeroLink, 'a device'],
				[dir, 'a directory'],
			] as const) {
				expect(run(command.args(file))).toEqual({code: 1, ...command.line(file, `cannot read: is ${what}, expected ${expected(command.name)}`)});
			}
		});
	}
});

describe('source reads text as the loader does', () => {
	it('refuses UTF-16 and binary data in one line instead of printing them as paragraphs', () => {
		const utf16 = path.join(dir, 'article-utf16.txt');
		writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n\nA paragraph about the case.\n', 'utf16le')]));
		expect(run(['source', utf16])).toEqual({code: 1, stdout: '', stderr: `sc-timeline: ${utf16}: file is UTF-16 text; save it as UTF-8\n`});
		const binary = path.join(dir, 'article.bin');
		writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x90, 0x0a, 0x41, 0x42]));
		expect(run(['source', binary])).toEqual({code: 1, stdout: '', stderr: `sc-timeline: ${binary}: file is not UTF-8 text (binary data?); expected a text file\n`});
	});

	it('still reads an article with a byte-order mark, without it', () => {
		const bom = path.join(dir, 'article-bom.txt');
		writeFileSync(bom, '\ufeffA headline\n\nThe first paragraph of the article, long enough to be one.\n');
		const result = run(['source', bom, '--outlet', 'WBUR', '--published', '2011-06-06']);
		expect(result.code).toBe(0);
		expect(JSON.stringify(JSON.parse(result.stdout))).not.toContain('\ufeff');
	});
});

describe('a 10,000-character argument', () => {
	const long = 'a'.repeat(10_000);
	it.each([
		['an event id', ['show', long], `no event with id "${'a'.repeat(79)}…"`],
		['a command', [long], `unknown command "${'a'.repeat(79)}…"`],
		['a statement id', ['diff', long, long], `no statement or source with id "${'a'.repeat(79)}…"`],
		['an option value', ['summary', '--format', long], `got "${'a'.repeat(79)}…"`],
	])('as %s is echoed in one short line, cut to 80 columns with …', (_, args, quoted) => {
		const result = run(args);
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain(quoted);
		expect(result.stderr.length).toBeLessThan(400);
	});

	it('as a file name: a line without the whole name, nor Node’s repeat of it', () => {
		const result = run(['summary', '--data', long]);
		expect(result).toEqual({code: 1, stdout: '', stderr: `sc-timeline: …${'a'.repeat(254)}: cannot read: ENAMETOOLONG: name too long\n`});
	});
});
