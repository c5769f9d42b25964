// Property tests explore new random cases on every local run; CI replays one fixed seed so that a run
// is reproducible (a failing seed found locally is printed by fast-check and becomes a regression test).
import fc from 'fast-check';

export const CI_SEED = 20261122;
if (process.env.CI) fc.configureGlobal({ seed: CI_SEED });
