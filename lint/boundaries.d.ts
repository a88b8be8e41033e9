import type { Linter } from 'eslint';

/** The layer rules of src/ (see boundaries.js). */
export declare const boundariesConfig: Linter.Config[];
