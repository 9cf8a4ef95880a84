/** Every way a parsed document breaks the file format, not only the first: valibot issues as findings. */
import * as v from 'valibot';
import {TimelineSchema, type Timeline} from '../schema.js';
import {describeIssue} from '../load.js';
import type {Finding, KeyPath} from './problem.js';

/** The key path of a valibot issue. */
function issueKeys(issue: v.BaseIssue<unknown>): KeyPath {
	return (issue.path ?? []).map(item => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** The document as a timeline, or the schema findings that stop it being one. */
export function schemaFindings(document: unknown): {timeline: Timeline; findings: []} | {timeline: undefined; findings: Finding[]} {
	const result = v.safeParse(TimelineSchema, document);
	if (result.success) return {timeline: result.output, findings: []};
	const findings = result.issues.map((issue): Finding => {
		const unknown = issue.type === 'strict_object' && issue.expected === 'never';
		return {path: issueKeys(issue), target: unknown ? 'key' : 'value', severity: 'error', rule: unknown ? 'unknown-field' : 'schema', message: describeIssue(issue)};
	});
	return {timeline: undefined, findings};
}
