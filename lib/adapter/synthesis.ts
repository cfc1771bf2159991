/**
 * A hook into the framework's synthesizer. cdktf's stack synthesizer calls a construct's custom
 * synthesis (stored under `Symbol.for("cdktf/customSynthesis")`, a key CDK Terrain keeps) during every
 * real synthesis (`app.synth()`, `Testing.fullSynth`, `cdktf synth`), whether or not validation
 * runs; `Testing.synth` does not call it. The session says whether validation was skipped.
 */
import { IConstruct } from 'constructs';

const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');

/** What the synthesizer passes to a custom synthesis. */
export interface SynthesisSession {
  readonly outdir: string;
  readonly skipValidation?: boolean;
}

/**
 * Calls `fn` when `c`'s stack is synthesized. Returns false, and changes nothing, when `c` already
 * has a custom synthesis (the synthesizer calls one per construct).
 */
export function onSynthesis(c: IConstruct, fn: (session: SynthesisSession) => void): boolean {
  if (Object.prototype.hasOwnProperty.call(c, CUSTOM_SYNTHESIS)) return false;
  Object.defineProperty(c, CUSTOM_SYNTHESIS, { value: { onSynthesize: fn }, enumerable: false });
  return true;
}
