/**
 * An error the user can act on: bad data, a missing file, a bad argument. The CLI prints its
 * message as one line and exits with `exitCode`; anything else is a bug.
 */
export class UserError extends Error {
	constructor(
		message: string,
		/** 1 for data and runtime errors, 2 for usage errors. */
		readonly exitCode: 1 | 2 = 1,
	) {
		super(message);
		this.name = 'UserError';
	}
}
