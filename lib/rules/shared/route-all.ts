/** Route-all as each app of a regional integration gets it. */
import { missing } from '../../model/fact';
import { Fact } from '../../model/fact';
import { RegionalIntegrationModel } from '../../model/inventory';

export interface RouteAllOf {
  /** Who the setting is for: "the apps" (the construct's routeAllTraffic) or an imported app. */
  readonly who: string;
  readonly fact: Fact<'boolean'>;
  /** What to set for route-all to be on. */
  readonly accepted: string;
}

/**
 * The route-all settings that decide where the integration's apps send traffic: the construct's
 * routeAllTraffic for the apps it wires itself (or when it has none yet), and for each imported app
 * the routeAllEnabled its reference states, since a swift connection does not set route-all.
 */
export function routeAllSettings(s: RegionalIntegrationModel): RouteAllOf[] {
  const imported = s.apps.filter((a) => a.kind === 'imported');
  const out: RouteAllOf[] = [];
  if (imported.length < s.apps.length || s.apps.length === 0) out.push({ who: 'the apps', fact: s.routeAllTraffic, accepted: 'routeAllTraffic true' });
  for (const a of imported) {
    out.push({
      who: `imported app ${a.label}`,
      fact: a.routeAllEnabled ?? missing(`route-all of imported app ${a.label} (routeAllEnabled)`),
      accepted: 'route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes',
    });
  }
  return out;
}
