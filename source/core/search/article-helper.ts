/**
 * A helper thread for the search worker's corpus of a large file (article-worker.ts): started once
 * the worker has read the rest of the events and let go of the file's bytes, it reads and folds
 * the later articles from the file while the worker folds the events and the earlier articles
 * (see folded-articles.ts). If it fails, the worker folds those articles itself.
 */
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import type {ArrayLayout} from '../load/large/json-layout.js';
import {reusedReads, type FileOnDisk} from '../load/large/file-on-disk.js';
import {foldArticles, type FoldedArticles} from './folded-articles.js';

/** What the helper is given: the file, and the layout of the articles it folds (those from `ArticleHelper.from` on). */
export type ArticleJob = {file: FileOnDisk; layout: ArrayLayout; port: MessagePort};
/** From the helper: a piece of the folded text, in order; then the rest of the articles folded, or undefined when the file changed. */
export type FromArticleWorker = {piece: string} | {articles: FoldedArticles | undefined};

/** The share of the articles' bytes the helper folds: the worker makes the events' documents too, about as long to make as a third of the articles'. */
const helperShare = 0.75;
/** Articles shorter than this in all are folded on one thread: a second thread's start would cost more than it saves. */
export const twoThreadArticleBytes = 16 << 20;

/**
 * The helper at work: the first article it folds, and its answer (folded here if the helper
 * failed); `stop` ends it, its answer undefined. `take` takes in what it has sent so far, for a
 * caller too busy to wait for messages, so they do not pile up meanwhile.
 */
export type ArticleHelper = {from: number; articles: Promise<FoldedArticles | undefined>; stop: () => void; take: () => void};

/**
 * Starts the helper (`script`, the article worker's) on the later articles of `layout`, those
 * after about the first quarter of their bytes; undefined when there is no script or the articles are
 * too few to share (`minBytes`).
 */
export function startArticleHelper(script: URL | undefined, file: FileOnDisk, layout: ArrayLayout, minBytes = twoThreadArticleBytes): ArticleHelper | undefined {
	const {starts, ends} = layout;
	const count = starts.length;
	if (script === undefined || count < 2 || ends[count - 1]! - starts[0]! < minBytes) return undefined;
	const cut = ends[count - 1]! - helperShare * (ends[count - 1]! - starts[0]!);
	let from = 1;
	while (from < count - 1 && starts[from]! < cut) from++;
	const part: ArrayLayout = {start: starts[from]!, end: layout.end, starts: starts.slice(from), ends: ends.slice(from)};
	const {port1, port2} = new MessageChannel();
	const job: ArticleJob = {file, layout: part, port: port2};
	let stop = () => {};
	let take = () => {};
	const articles = new Promise<FoldedArticles | undefined>(resolve => {
		let answered = false;
		const answer = (folded: () => FoldedArticles | undefined) => {
			if (answered) return;
			answered = true;
			port1.close();
			resolve(folded());
		};
		const worker = new Worker(script, {workerData: job, transferList: [port2]});
		worker.unref();
		stop = () => {
			void worker.terminate();
			answer(() => undefined);
		};
		const pieces: string[] = [];
		const heard = (message: FromArticleWorker) => {
			if ('piece' in message) pieces.push(message.piece);
			else answer(() => (message.articles === undefined ? undefined : {...message.articles, pieces}));
		};
		port1.on('message', heard);
		take = () => {
			for (let left = answered ? undefined : receiveMessageOnPort(port1); left !== undefined; left = answered ? undefined : receiveMessageOnPort(port1)) heard(left.message as FromArticleWorker);
		};
		// Ended without an answer (it failed, or could not start): this thread folds them.
		const instead = () => answer(() => foldArticles(reusedReads(file), part));
		worker.once('error', () => {
			void worker.terminate();
			instead();
		});
		worker.once('exit', () => {
			// What it posted before it ended may still wait on the port.
			take();
			instead();
		});
	});
	return {from, articles, stop: () => stop(), take: () => take()};
}
