import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { referenceKey } from '../adapter/keys';
import { provideModel } from '../inventory/model-source';
import { fact } from '../adapter/values';
import { siteNameOfId } from '../inventory/resource-models';
import { AppModel } from '../model/inventory';
import { constructKey } from '../model/resource-key';
import { ATTR, checkAttributes } from './attribute-checks';

/** Facts about a web app or function app managed elsewhere. */
export interface WebAppAttributes {
  /** Resource ID of the app (Microsoft.Web/sites). */
  readonly webAppId: string;
  /**
   * Azure region of the app.
   * @default - unknown: region rules report "unverified"
   */
  readonly location?: string;
  /**
   * "Windows", "Linux" or "WindowsContainer".
   * @default - unknown: OS rules report "unverified"
   */
  readonly osType?: string;
  /**
   * App settings, for the Key Vault reference check of gateway-required integration.
   * @default - unknown
   */
  readonly appSettings?: { [key: string]: string };
  /**
   * Resource ID of the App Service plan the app runs on, to check it is the integrated plan.
   * @default - unknown: VNI-R017 reports "unverified"
   */
  readonly servicePlanId?: string;
  /**
   * True for a Flex Consumption function app (it runs on an FC1 plan, whose integration subnet is
   * delegated to Microsoft.App/environments); false for any other kind of app.
   * @default - unknown: on an FC1 plan VNI-R001 reports "unverified"
   */
  readonly flexConsumption?: boolean;
  /**
   * Whether the app routes all outbound traffic through the virtual network (route-all, the
   * app's vnet_route_all_enabled / vnetRouteAllEnabled site setting), as configured where the app
   * is managed. The integration connects an imported app with a swift connection, which does not
   * change route-all, so RegionalVnetIntegration's routeAllTraffic does not apply to it.
   * @default - unknown: VNI-R018 and VNI-R019 report "unverified" where route-all matters
   */
  readonly routeAllEnabled?: boolean;
  /**
   * The azurerm provider configuration that serves this app (an aliased AzurermProvider for
   * another subscription). Resources the library creates for it use this provider.
   * @default - the provider of this stack whose literal subscription_id is the one in webAppId, else the stack's default provider (rule VNI-R024 says when it cannot tell)
   */
  readonly provider?: TerraformProvider;
}

/** A web or function app the integration constructs can wire. */
export interface IWebAppReference {
  readonly webAppId: string;
  /** The facts given for it. */
  readonly attributes: WebAppAttributes;
}

const MARK = Symbol.for('cdktf-appservice-vnet-integration.WebAppReference');

/** Refers to a web or function app managed outside this app. */
export class WebAppReference extends Construct implements IWebAppReference {
  /** Imports an app by ID and the facts the rules need. */
  public static fromWebAppAttributes(scope: Construct, id: string, attrs: WebAppAttributes): IWebAppReference {
    return new WebAppReference(scope, id, attrs);
  }

  /** True for objects made by fromWebAppAttributes. */
  public static isWebAppReference(x: any): x is WebAppReference {
    return x !== null && typeof x === 'object' && MARK in x;
  }

  public readonly webAppId: string;
  public readonly attributes: WebAppAttributes;

  private constructor(scope: Construct, id: string, attrs: WebAppAttributes) {
    super(scope, id);
    Object.defineProperty(this, MARK, { value: true });
    checkAttributes(this, 'WebAppReference.fromWebAppAttributes', attrs, {
      webAppId: ATTR.id('Microsoft.Web/sites'), location: ATTR.location, osType: ATTR.oneOf('Windows', 'Linux', 'WindowsContainer'),
      servicePlanId: ATTR.optionalId('Microsoft.Web/serverfarms'), appSettings: ATTR.map, flexConsumption: ATTR.boolean, routeAllEnabled: ATTR.boolean, provider: ATTR.provider,
    });
    this.webAppId = attrs.webAppId;
    this.attributes = attrs;
    const key = () => referenceKey(attrs.webAppId) ?? constructKey(this.node.path);
    provideModel<AppModel>(this, {
      key,
      model: () => ({
        key: key(),
        label: this.node.path,
        kind: 'imported',
        name: fact('app name (from webAppId)', siteNameOfId(attrs.webAppId)),
        osType: fact('app OS (osType)', attrs.osType),
        location: fact('app location', attrs.location),
        planKey: referenceKey(attrs.servicePlanId),
        appSettings: fact('app settings (appSettings)', attrs.appSettings),
        flexConsumption: typeof attrs.flexConsumption === 'boolean' ? attrs.flexConsumption : undefined,
        routeAllEnabled: fact(`route-all of imported app ${this.node.path} (routeAllEnabled)`, attrs.routeAllEnabled),
      }),
    });
  }
}
