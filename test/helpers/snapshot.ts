import { TerraformStack, Testing } from 'cdktf';

/** Synthesized JSON without what changes between machines (the local backend's absolute path). */
export function stableSynth(stack: TerraformStack): any {
  const tf = JSON.parse(Testing.synth(stack));
  if (tf.terraform?.backend?.local?.path) tf.terraform.backend.local.path = '<local-state>';
  return tf;
}
