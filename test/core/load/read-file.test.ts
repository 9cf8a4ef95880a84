/** The one file reader: only regular files, within a limit, the same words for every failure. */
import {afterAll, describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readBytes, readBytesSync, readReason, readTail} from '../../../source/core/load/read-file.js';
import {bomLength, decodeText, readText} from '../../../source/core/load/text-file.js';
import {readAhead} from '../../../source/core/load/large/read-ahead.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-read-file-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const file = (name: string, content: string | Buffer) => {
	const at = path.join(dir, name);
	writeFileSync(at, content);
	return at;
};

/** What a failed read says, in the reader's words. */
function reasonOf(read: () => unknown): string {
	try {
		read();
	} catch (error) {
		return readReason(error, 'a JSON file');
	}
	return 'read';
}
async function asyncReasonOf(read: () => Promise<unknown>): Promise<string> {
	try {
		await read();
	} catch (error) {
		return readReason(error, 'a JSON file');
	}
	return 'read';
}

describe('readBytesSync and readBytes', () => {
	it('read a regular file whole, sync and async, also one that reports no size (/proc)', async () => {
		const at = file('plain.json', '{"a": 1}');
		expect(readBytesSync(at).toString()).toBe('{"a": 1}');
		expect((await readBytes(at)).toString()).toBe('{"a": 1}');
		expect(readBytesSync('/proc/self/status').toString()).toMatch(/^Name:/);
		expect((await readBytes('/proc/self/status')).toString()).toMatch(/^Name:/);
	});

	it('read a file of many chunks whole and in order, progress counting up to its size', async () => {
		const content = Buffer.from(Array.from({length: 1000}, (_, k) => k % 251));
		const at = file('chunks.bin', content);
		const seen: number[] = [];
		const bytes = await readBytes(at, {chunkBytes: 64, onProgress: done => seen.push(done)});
		expect(bytes.equals(content)).toBe(true);
		expect(seen).toHaveLength(Math.ceil(1000 / 64));
		expect(seen.at(-1)).toBe(1000);
		expect(seen.every((done, k) => k === 0 || done > seen[k - 1]!)).toBe(true);
	});

	it('read the end of a file from the last place a needle is, whatever chunk it falls in or straddles', async () => {
		const needle = Buffer.from('"events"');
		const filler = Buffer.from(Array.from({length: 300}, (_, k) => 97 + (k % 26)));
		for (let at = 160; at < 300 - needle.length; at += 7) {
			const content = Buffer.concat([filler.subarray(0, at), needle, filler.subarray(at)]);
			// An earlier one is not the last.
			needle.copy(content, 40);
			const written = file('tail.json', content);
			const tail = await readTail(written, needle, {chunkBytes: 16});
			expect(tail?.from, `at ${at}`).toBe(at);
			expect(tail?.bytes.equals(content.subarray(at)), `at ${at}`).toBe(true);
			expect(tail?.first.toString()).toBe('ab');
			// All the memory under the bytes is theirs: letting it go frees them.
			expect(tail?.bytes.buffer).toBe(tail?.memory);
		}
		// Only in the first half, or not at all: the whole file is for the caller to read.
		writeFileSync(path.join(dir, 'early.json'), Buffer.concat([needle, filler]));
		expect(await readTail(path.join(dir, 'early.json'), needle, {chunkBytes: 16})).toBeUndefined();
		expect(await readTail(file('none.json', filler), needle, {chunkBytes: 16})).toBeUndefined();
		expect(await asyncReasonOf(() => readTail(path.join(dir, 'missing.json'), needle))).toBe('cannot read: no such file');
	});

	it('read ahead: progress so far given to whoever follows late, and a failure left to whoever awaits the bytes', async () => {
		const at = file('ahead.json', '{"a": 1}');
		const reading = readAhead(at);
		await reading.read;
		const seen: Array<[number, number]> = [];
		reading.follow((done, size) => seen.push([done, size]));
		expect(seen).toEqual([[8, 8]]);
		expect((await reading.before)?.size).toBe(8);
		// Nothing awaits this one for a while: no unhandled rejection meanwhile (the test run would fail on one).
		const missing = readAhead(path.join(dir, 'missing.json'));
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(await asyncReasonOf(() => missing.read)).toBe('cannot read: no such file');
	});

	it('refuse a pipe, a device, a directory and a missing file, in the same words sync and async', async () => {
		const fifo = path.join(dir, 'fifo');
		execFileSync('mkfifo', [fifo]);
		for (const [at, reason] of [
			[fifo, 'cannot read: is a named pipe, expected a JSON file'],
			['/dev/zero', 'cannot read: is a device, expected a JSON file'],
			[dir, 'cannot read: is a directory, expected a JSON file'],
			[path.join(dir, 'missing'), 'cannot read: no such file'],
		] as const) {
			expect(reasonOf(() => readBytesSync(at))).toBe(reason);
			expect(await asyncReasonOf(() => readBytes(at))).toBe(reason);
		}
	});

	it('refuse a file over the limit before reading it, and a link where links are refused', async () => {
		const big = file('big.json', 'x'.repeat(3000));
		expect(reasonOf(() => readBytesSync(big, {limit: 2048}))).toBe('file is 3 KB, larger than the 2 KB limit');
		expect(await asyncReasonOf(() => readBytes(big, {limit: 2048}))).toBe('file is 3 KB, larger than the 2 KB limit');
		const link = path.join(dir, 'link.json');
		symlinkSync(big, link);
		expect(readBytesSync(link).length).toBe(3000);
		expect(reasonOf(() => readBytesSync(link, {noFollow: true}))).toBe('cannot read: is not a regular file, expected a JSON file');
	});
});

describe('text', () => {
	it('drops a byte-order mark, refuses UTF-16, and with textOnly binary data', () => {
		expect(bomLength(Buffer.from('\ufeff{}'))).toBe(3);
		expect(readText(file('bom.json', '\ufeff{"é": 1}'), 'bom.json').text).toBe('{"é": 1}');
		expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x7b, 0x00]), 'u.json')).toThrow('u.json: file is UTF-16 text; save it as UTF-8');
		expect(() => readText(file('bin.txt', Buffer.from([0x41, 0x00, 0xc3])), 'bin.txt', {textOnly: true})).toThrow('bin.txt: file is not UTF-8 text (binary data?); expected a text file');
	});
});
