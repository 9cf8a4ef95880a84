import {afterEach, describe, expect, it} from 'vitest';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {SearchClient} from '../../../source/core/search/client.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {timeline} from './fixture.js';

const workerUrl = new URL('../../../dist/search-worker.js', import.meta.url);
const clients: SearchClient[] = [];
afterEach(async () => {
	await Promise.all(clients.splice(0).map(client => client.close()));
});

for (const mode of ['on this thread', 'in a worker thread'] as const) {
	describe(`SearchClient ${mode}`, () => {
		const start = () => {
			if (mode === 'in a worker thread' && !existsSync(fileURLToPath(workerUrl))) throw new Error('build first: dist/search-worker.js is missing');
			const client = new SearchClient(buildCorpus(timeline), {workerUrl: mode === 'in a worker thread' ? workerUrl : false});
			clients.push(client);
			return client;
		};

		it('answers a query with its total and first results', async () => {
			const client = start();
			expect(client.threaded).toBe(mode === 'in a worker thread');
			await client.ready;
			const page = await client.search('zeppelin', 10);
			expect(page).toMatchObject({query: 'zeppelin', total: 1, from: 0});
			expect(page?.results[0]).toMatchObject({kind: 'passage', sourceId: 'long-article', paragraph: 61});
		});

		it('drops a query typed past: only the newest one answers', async () => {
			const client = start();
			await client.ready;
			const typed = ['p', 'po', 'pol', 'poli', 'police'].map(query => client.search(query, 5));
			const pages = await Promise.all(typed);
			expect(pages.slice(0, -1)).toEqual([undefined, undefined, undefined, undefined]);
			expect(pages.at(-1)?.query).toBe('police');
		});

		it('pages through the results of the newest query', async () => {
			const client = start();
			const first = await client.search('the', 2);
			expect(first?.results).toHaveLength(2);
			const next = await client.more(2, 4);
			expect(next).toMatchObject({query: 'the', from: 2, total: first?.total});
			expect(next?.results).toHaveLength(2);
			expect(next?.results).not.toEqual(first?.results);
		});
	});
}

describe('SearchClient given a file', () => {
	it('loads and indexes the file in the worker, or builds the corpus here without one', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-client-'));
		try {
			const file = path.join(dir, 'fixture.json');
			writeFileSync(file, JSON.stringify(timeline));
			for (const url of [workerUrl, false] as const) {
				let built = 0;
				const client = new SearchClient(
					{
						file,
						corpus: () => {
							built++;
							return buildCorpus(timeline);
						},
					},
					{workerUrl: url},
				);
				clients.push(client);
				await client.ready;
				const page = await client.search('quartermaster');
				expect(page?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
				expect(built).toBe(url === false ? 1 : 0);
			}
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});

describe('SearchClient given a timeline', () => {
	it('sends its corpus in parts; a search asked for meanwhile waits its turn and is answered', async () => {
		for (const url of [workerUrl, false] as const) {
			const client = new SearchClient({timeline}, {workerUrl: url});
			clients.push(client);
			const page = await client.search('quartermaster');
			expect(page?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
			await client.ready;
		}
	});
});
