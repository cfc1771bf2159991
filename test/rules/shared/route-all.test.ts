import { routeAllSettings } from '../../../lib/rules/shared/route-all';
import { k } from '../../helpers/keys';
import { app, known, missing, regional } from '../../helpers/models';

const theApps = (fact = known('routeAllTraffic', true)) => ({ who: 'the apps', fact, accepted: 'routeAllTraffic true' });
const importedAccepted = 'route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes';

describe('routeAllSettings', () => {
  test('an integration with no apps yet: the construct routeAllTraffic decides', () => {
    expect(routeAllSettings(regional({ apps: [] }))).toEqual([theApps()]);
  });

  test('apps the construct wires: only the construct routeAllTraffic', () => {
    const routeAllTraffic = known<'boolean'>('routeAllTraffic', false);
    expect(routeAllSettings(regional({ routeAllTraffic }))).toEqual([theApps(routeAllTraffic)]);
  });

  test('only imported apps: each states its own route-all, the construct setting does not apply', () => {
    const stated = known<'boolean'>('route-all of S/Imported (routeAllEnabled)', true);
    const s = regional({ apps: [app({ kind: 'imported', label: 'S/Imported', routeAllEnabled: stated })] });
    expect(routeAllSettings(s)).toEqual([{ who: 'imported app S/Imported', fact: stated, accepted: importedAccepted }]);
  });

  test('an imported app that does not state route-all gets a missing fact naming it', () => {
    const s = regional({ apps: [app({ kind: 'imported', label: 'S/Imported' })] });
    expect(routeAllSettings(s)).toEqual([{ who: 'imported app S/Imported', fact: missing('route-all of imported app S/Imported (routeAllEnabled)'), accepted: importedAccepted }]);
  });

  test('wired and imported apps together: the construct setting first, then each imported app', () => {
    const s = regional({ apps: [app(), app({ key: k('app-2'), kind: 'imported', label: 'S/Imported' })] });
    expect(routeAllSettings(s).map((x) => x.who)).toEqual(['the apps', 'imported app S/Imported']);
  });
});
