import type * as OnDemand from './onDemand';

let loaded: typeof OnDemand | undefined;

/**
 * The parts of the server that the first diagnostics do not need (onDemand.ts), loaded on first use. In the server's
 * build they are a bundle of their own, server-on-demand.js, which scripts/build.mjs requires here instead, so that a
 * start neither parses nor compiles them.
 */
export function onDemand(): typeof OnDemand {
  return (loaded ??= require('./onDemand') as typeof OnDemand);
}
