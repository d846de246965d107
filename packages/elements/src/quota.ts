// The self-contained bundle (dist/quota.js): registers every element.
export * from './index.js';
