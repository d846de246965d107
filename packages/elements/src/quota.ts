// The self-contained bundle (dist/quota.js): registers every element and
// also exports the domain's functions, so a page without a bundler can
// compute with them too.
export * from './index.js';
export * from '@quota/domain';
