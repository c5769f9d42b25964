export { review, statusOf, verdictOf } from './review';
export { contextAt } from './context';
export { fingerprint } from './fingerprint';
export type * from './types';
