/** Shared check of the gateway-transit flags of one role (hub or spoke). */
import { PeeringModel } from '../../model/peering';
import { Check, fail, notApplicable, pass } from '../rule';
import { FLAG_LABELS, FlagName, flagsState } from '../shared/peering-roles';
import { checkOfProblem } from '../shared/readings';

export function checkTransitFlags(p: PeeringModel, role: 'hub' | 'spoke', flags: readonly FlagName[]): Check[] {
  if (p.purpose !== 'gateway-transit') return [notApplicable(`${p.path} is a plain peering, not a gateway-transit one`)];
  const out: Check[] = [];
  const wanted = flags.map((f) => FLAG_LABELS[f]).join(', ');
  for (const side of p.sides) {
    if (side.role !== role) continue;
    const { off, unknown } = flagsState(side, flags);
    const where = `${role} side ${side.path} (on ${side.local.label}, peered with ${side.remote.label})`;
    if (off.length > 0) {
      out.push(fail(`${where} has ${off.join(', ')} set to false; accepted: ${wanted} all true on the ${role} side`));
    }
    for (const r of unknown) out.push(checkOfProblem(r, where, `${wanted} all true`));
    if (off.length === 0 && unknown.length === 0) out.push(pass());
  }
  return out.length > 0 ? out : [notApplicable(`${p.path} has no ${role} side in this app (it is managed elsewhere)`)];
}
