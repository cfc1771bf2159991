import { TerraformStack, Testing } from 'cdktf';

/**
 * Synthesized JSON without what changes between machines: the working directory that cdktf writes
 * into local backend and remote-state paths.
 */
export function stableSynth(stack: TerraformStack): any {
  const text = Testing.synth(stack, true).split(process.cwd()).join('<cwd>');
  return JSON.parse(text);
}
