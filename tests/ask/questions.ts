// The ask question set (issue 14): questions in Dutch and English with the expected intent, linked entities and key answer
// members, each checked against graph-seed/ (nodes and relationships named here exist with the stated links).
import type { AskCase } from './ask-case.js';
import { SERVING } from './questions-serving.js';
import { RELATIONS } from './questions-relations.js';
import { DETAILS } from './questions-details.js';
import { MEMBERS } from './questions-members.js';
import { EXPLORER } from './questions-explorer.js';

/** Every question, by subject (each file's header says which forms it holds). */
export const QUESTIONS: AskCase[] = [...SERVING, ...RELATIONS, ...DETAILS, ...MEMBERS, ...EXPLORER];

export type { AskCase } from './ask-case.js';
