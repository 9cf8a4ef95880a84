import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {readHistory} from '../../../source/core/session/history.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let writer: string;
/** Writers not yet seen to exit: a test that ends early (a timeout) must not leave one writing forever. */
const running = new Set<ChildProcess>();

/** Two histories the writer alternates between, each as large as the limits allow, so a write takes a while. */
const histories = ['a', 'b'].map(letter => Array.from({length: 200}, (_, i) => `${letter} ${i} ${'x'.repeat(100)}`));

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'sc-kill-'));
	writer = path.join(dir, 'writer.mjs');
	const source = `
		import {writeHistory} from ${JSON.stringify(path.join(root, 'source/core/session/history.ts'))};
		const histories = ${JSON.stringify(histories)};
		const file = process.argv[2];
		for (let i = 0; ; i++) {
			const message = writeHistory(histories[i % 2], file);
			if (message !== undefined) throw new Error(message);
			process.stdout.write('w\\n');
		}`;
	await build({stdin: {contents: source, resolveDir: root, loader: 'ts'}, bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'warning'});
});
afterAll(() => {
	for (const child of running) child.kill('SIGKILL');
	rmSync(dir, {recursive: true, force: true});
});

/** Starts the writer and kills it with SIGKILL after `writes` completed writes, when it is in the middle of another. */
function killDuringWrite(file: string, writes: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [writer, file], {stdio: ['ignore', 'pipe', 'inherit']});
		running.add(child);
		let seen = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			seen += chunk.toString().split('\n').length - 1;
			if (seen >= writes) child.kill('SIGKILL');
		});
		child.on('error', reject);
		child.on('exit', (_code, signal) => {
			running.delete(child);
			if (signal === 'SIGKILL') resolve();
			else reject(new Error(`writer ended without being killed (${signal})`));
		});
	});
}

describe('history file under SIGKILL', () => {
	// Forty writer processes started and killed: on a busy machine that takes well over the default 20 seconds.
	it('holds the old or the new history after every kill, never a truncated one', {timeout: 120_000}, async () => {
		const file = path.join(dir, 'state', 'history.json');
		const seen = new Set<string>();
		for (let run = 0; run < 40; run++) {
			await killDuringWrite(file, 1 + (run % 7) * 3);
			const read = readHistory(file);
			expect(read.message).toBeUndefined();
			expect(histories).toContainEqual(read.queries);
			seen.add(read.queries[0]!.slice(0, 1));
		}
		// Kills landed after writes of both histories, so both were checked whole.
		expect(seen).toEqual(new Set(['a', 'b']));
		// Temporary files and the lock of killed writers are all that remains besides the history; an old one is tidied by the next read.
		for (const name of readdirSync(path.dirname(file))) expect(name === 'history.json' || name === 'history.json.lock' || /^history\.json\.\d+\.\w+\.tmp$/.test(name)).toBe(true);
	});

	it('tidies temporary files left by a writer that died long ago', () => {
		const file = path.join(dir, 'tidy', 'history.json');
		const stale = `${file}.1.abc.tmp`;
		const fresh = `${file}.2.def.tmp`;
		mkdirSync(path.dirname(file));
		writeFileSync(stale, 'half');
		writeFileSync(fresh, 'half');
		const old = new Date(Date.now() - 120_000);
		utimesSync(stale, old, old);
		readHistory(file);
		expect(readdirSync(path.dirname(file)).sort()).toEqual([path.basename(fresh)]);
	});
});
