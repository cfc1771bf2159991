import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { referenceKey } from '../adapter/keys';
import { provideModel } from '../inventory/model-source';
import { fact } from '../adapter/values';
import { nameInGroupOfId } from '../inventory/resource-models';
import { unset } from '../model/fact';
import { PlanModel } from '../model/inventory';
import { constructKey } from '../model/resource-key';
import { ATTR, checkAttributes } from './attribute-checks';

/** Facts about an App Service plan managed elsewhere. */
export interface ServicePlanAttributes {
  /** Resource ID of the plan. */
  readonly servicePlanId: string;
  /**
   * Azure region of the plan.
   * @default - unknown: region rules report "unverified"
   */
  readonly location?: string;
  /**
   * SKU name, as azurerm_service_plan.sku_name (for example "P1v3").
   * @default - unknown: tier rules report "unverified"
   */
  readonly skuName?: string;
  /**
   * "Windows", "Linux" or "WindowsContainer".
   * @default - unknown: OS rules report "unverified"
   */
  readonly osType?: string;
  /**
   * Number of instances the plan runs.
   * @default - not stated: the subnet capacity rules (VNI-R004, VNI-R005) check the counts that are given (maxInstances, autoscale settings)
   */
  readonly workerCount?: number;
  /**
   * App Service Environment the plan runs in, if any.
   * @default - none (multi-tenant)
   */
  readonly appServiceEnvironmentId?: string;
  /**
   * The azurerm provider configuration that serves this plan (an aliased AzurermProvider for
   * another subscription). Resources the library creates for it use this provider.
   * @default - the provider of this stack whose literal subscription_id is the one in servicePlanId, else the stack's default provider (rule VNI-R024 says when it cannot tell)
   */
  readonly provider?: TerraformProvider;
}

/** An App Service plan the integration constructs can use. */
export interface IServicePlanReference {
  /** Resource ID of the plan. */
  readonly servicePlanId: string;
  /** The facts given for it. */
  readonly attributes: ServicePlanAttributes;
}

const MARK = Symbol.for('cdktf-appservice-vnet-integration.ServicePlanReference');

/** Refers to an App Service plan managed outside this app. */
export class ServicePlanReference extends Construct implements IServicePlanReference {
  /**
   * Imports a plan by ID and the facts the rules need.
   */
  public static fromServicePlanAttributes(scope: Construct, id: string, attrs: ServicePlanAttributes): IServicePlanReference {
    return new ServicePlanReference(scope, id, attrs);
  }

  /** True for objects made by fromServicePlanAttributes (works across package copies). */
  public static isServicePlanReference(x: any): x is ServicePlanReference {
    return x !== null && typeof x === 'object' && MARK in x;
  }

  public readonly servicePlanId: string;
  public readonly attributes: ServicePlanAttributes;

  private constructor(scope: Construct, id: string, attrs: ServicePlanAttributes) {
    super(scope, id);
    Object.defineProperty(this, MARK, { value: true });
    checkAttributes(this, 'ServicePlanReference.fromServicePlanAttributes', attrs, {
      servicePlanId: ATTR.id('Microsoft.Web/serverfarms'), location: ATTR.location, skuName: ATTR.name(64), osType: ATTR.oneOf('Windows', 'Linux', 'WindowsContainer'),
      workerCount: ATTR.count, appServiceEnvironmentId: ATTR.optionalId('Microsoft.Web/hostingEnvironments'), provider: ATTR.provider,
    });

    this.servicePlanId = attrs.servicePlanId;
    this.attributes = attrs;
    const key = () => referenceKey(attrs.servicePlanId) ?? constructKey(this.node.path);
    provideModel<PlanModel>(this, {
      key,
      model: () => ({
        key: key(),
        label: this.node.path,
        declared: false,
        id: fact('plan ID (servicePlanId)', attrs.servicePlanId),
        skuName: fact('plan SKU (skuName)', attrs.skuName),
        osType: fact('plan OS (osType)', attrs.osType),
        location: fact('plan location', attrs.location),
        // The documented default: a multi-tenant plan.
        appServiceEnvironmentId: fact('plan App Service Environment (appServiceEnvironmentId)', attrs.appServiceEnvironmentId, 'unset'),
        // Counts not stated are not checked, as documented on maxInstances and workerCount.
        workerCount: fact('plan worker count (workerCount)', attrs.workerCount, 'unset'),
        maximumElasticWorkerCount: unset('plan Elastic Premium burst limit (not stated by ServicePlanReference)'),
        nameInGroup: nameInGroupOfId(attrs.servicePlanId),
        subscriptionId: undefined,
      }),
    });
  }
}
