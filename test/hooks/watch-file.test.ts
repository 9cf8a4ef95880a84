/** Watching a file as editors save it, debounced; the work it starts runs one at a time. */
import {mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {serial, watchFile} from '../../source/hooks/watch-file.js';

const dirs: string[] = [];
const stops: Array<() => void> = [];
afterEach(() => {
	for (const stop of stops.splice(0)) stop();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function scratch(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-watch-'));
	dirs.push(dir);
	return dir;
}

describe('watchFile', () => {
	it('reports a write in place, and a burst of writes once', async () => {
		const dir = scratch();
		const file = path.join(dir, 'story.json');
		writeFileSync(file, '1');
		const changed = vi.fn();
		stops.push(watchFile(file, changed, {delay: 50}));
		for (let i = 0; i < 20; i++) writeFileSync(file, String(i));
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), {timeout: 5000});
		// Quiet afterwards: nothing more arrives.
		await new Promise(resolve => setTimeout(resolve, 200));
		expect(changed).toHaveBeenCalledTimes(1);
	});

	it('reports a new file renamed over the old one, and again after that (the directory is watched, not the inode)', async () => {
		const dir = scratch();
		const file = path.join(dir, 'story.json');
		writeFileSync(file, 'a');
		const changed = vi.fn();
		stops.push(watchFile(file, changed, {delay: 30}));
		writeFileSync(path.join(dir, '.story.json.tmp'), 'b');
		renameSync(path.join(dir, '.story.json.tmp'), file);
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), {timeout: 5000});
		writeFileSync(file, 'c');
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2), {timeout: 5000});
	});

	it('follows a link to the file it names: a save of that file, in another directory, is a change', async () => {
		const dir = scratch();
		mkdirSync(path.join(dir, 'real'));
		mkdirSync(path.join(dir, 'link'));
		const real = path.join(dir, 'real', 'story.json');
		writeFileSync(real, '1');
		symlinkSync(path.join('..', 'real', 'story.json'), path.join(dir, 'link', 'story.json'));
		const changed = vi.fn();
		stops.push(watchFile(path.join(dir, 'link', 'story.json'), changed, {delay: 50}));
		writeFileSync(real, '2');
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), {timeout: 5000});
		// Saved as editors do, a new file renamed over the target.
		writeFileSync(`${real}.tmp`, '3');
		renameSync(`${real}.tmp`, real);
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2), {timeout: 5000});
	});

	it('ignores other files in the same directory', async () => {
		const dir = scratch();
		const file = path.join(dir, 'story.json');
		writeFileSync(file, 'a');
		const changed = vi.fn();
		stops.push(watchFile(file, changed, {delay: 20}));
		writeFileSync(path.join(dir, 'other.json'), 'x');
		writeFileSync(file, 'b');
		await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), {timeout: 5000});
		writeFileSync(path.join(dir, 'other.json'), 'y');
		await new Promise(resolve => setTimeout(resolve, 150));
		expect(changed).toHaveBeenCalledTimes(1);
	});
});

describe('serial', () => {
	it('never runs the work twice at once, and runs it once more when asked meanwhile', async () => {
		let running = 0;
		let most = 0;
		let runs = 0;
		let release: (() => void) | undefined;
		const work = serial(async () => {
			running++;
			runs++;
			most = Math.max(most, running);
			await new Promise<void>(resolve => {
				release = resolve;
			});
			running--;
		});
		work.run();
		work.run();
		work.run();
		expect(runs).toBe(1);
		release?.();
		await vi.waitFor(() => expect(runs).toBe(2));
		release?.();
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(runs).toBe(2);
		expect(most).toBe(1);
	});
});

describe('watchFile when the directory goes away', () => {
	it('follows the file again once its directory is removed and made again', async () => {
		const dir = scratch();
		const file = path.join(dir, 'a', 'b', 'story.json');
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, '1');
		const changed = vi.fn();
		stops.push(watchFile(file, changed, {delay: 30}));
		rmSync(path.join(dir, 'a'), {recursive: true});
		await vi.waitFor(() => expect(changed).toHaveBeenCalled(), {timeout: 5000});
		const before = changed.mock.calls.length;
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, '2');
		await vi.waitFor(() => expect(changed.mock.calls.length).toBeGreaterThan(before), {timeout: 5000});
		// And it is the file's own directory that is watched again: a later save is seen.
		const after = changed.mock.calls.length;
		await new Promise(resolve => setTimeout(resolve, 100));
		writeFileSync(file, '3');
		await vi.waitFor(() => expect(changed.mock.calls.length).toBeGreaterThan(after), {timeout: 5000});
	});
});
