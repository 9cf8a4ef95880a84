/**
 * The helper thread that makes the documents of a large file's later articles (bundled as
 * dist/article-worker.js; see article-helper.ts): reads them from the file and folds them, posting
 * each piece of folded text as it is made, then the rest (its arrays moved, not copied), or
 * undefined when the file changed since it was opened.
 */
import {workerData} from 'node:worker_threads';
import {reusedReads} from '../load/large/file-on-disk.js';
import {foldArticles} from './folded-articles.js';
import type {ArticleJob, FromArticleWorker} from './article-helper.js';

const {file, layout, port} = workerData as ArticleJob;
// Each piece of folded text is sent as it is made, and the rest at the end.
const send = (piece: string) => port.postMessage({piece} satisfies FromArticleWorker);
const articles = foldArticles(reusedReads(file), layout, 0, send);
const message: FromArticleWorker = {articles};
const moved = articles === undefined ? [] : [articles.starts, articles.events, articles.sources, articles.paragraphs, articles.actorCounts, articles.changed.positions, articles.changed.codes];
port.postMessage(message, [...new Set(moved.map(array => array.buffer as ArrayBuffer))]);
port.close();
