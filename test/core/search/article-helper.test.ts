/**
 * A large file's later articles folded on a helper thread (the built dist/article-worker.js; `npm
 * run build` first) while the search worker folds the rest: the corpus is the one a single thread
 * builds, whether the helper answers or fails, and none when the file changed since it was opened.
 */
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {reusedReads, type FileOnDisk} from '../../../source/core/load/large/file-on-disk.js';
import {startArticleHelper} from '../../../source/core/search/article-helper.js';
import {beginFileCorpus, checkedFile, endFileCorpus, foldedFileCorpus} from '../../../source/core/search/file-corpus.js';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../../scripts/generate.mjs';

const script = new URL('../../../dist/article-worker.js', import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'sc-article-helper-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// Capitals and accents in the articles, so what folding changed is passed along too.
const text: string = timelineJson(generateTimeline({events: 800, seed: 8})).replace(/"paragraphs":\["/g, '"paragraphs":["Été À ');
const file = path.join(dir, 'timeline.json');
writeFileSync(file, text);
const disk = (): FileOnDisk => {
	const {size, mtimeMs} = statSync(file);
	return {path: file, size, mtimeMs};
};

/** The file read as the search worker reads it, up to its articles checked and its events read. */
function checked() {
	const file = checkedFile(Buffer.from(text))!.rest()!;
	return {sources: file.sources!, file};
}

/** The corpus built with the later articles on a helper thread running `worker`. */
async function split(worker: URL, on: FileOnDisk) {
	const {sources, file: read} = checked();
	const helper = startArticleHelper(worker, on, sources, 0)!;
	expect(helper.from).toBeGreaterThan(0);
	expect(helper.from).toBeLessThan(sources.starts.length);
	const begun = beginFileCorpus(read, reusedReads(on), helper.from, helper.take)!;
	const more = await helper.articles;
	return more === undefined ? undefined : endFileCorpus(begun, more);
}

describe('the later articles folded on a helper thread', () => {
	const whole = foldedFileCorpus(checked().file, reusedReads(disk()))!;
	const plain = ({folded, changed, ...frame}: NonNullable<typeof whole>) => ({frame, folded: folded.slice(0), positions: [...changed.positions], codes: [...changed.codes]});

	it('gives the corpus one thread builds: the same documents, the same folded text, the same capitals and accents', async () => {
		expect(whole.changed.positions.length).toBeGreaterThan(800);
		expect(plain((await split(script, disk()))!)).toEqual(plain(whole));
	});

	it('gives it too when the helper fails, the articles then folded on this thread', async () => {
		const broken = path.join(dir, 'broken.mjs');
		writeFileSync(broken, 'throw new Error("no");\n');
		expect(plain((await split(pathToFileURL(broken), disk()))!)).toEqual(plain(whole));
	});

	it('gives none when the file changed since it was opened', async () => {
		const before = disk();
		writeFileSync(file, `${text} `);
		try {
			expect(await split(script, before)).toBeUndefined();
		} finally {
			writeFileSync(file, text);
		}
	});
});
