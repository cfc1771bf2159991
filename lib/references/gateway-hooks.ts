/**
 * What GatewayVnetIntegration and GatewayTransitPeering need from a gateway, created or adopted.
 * Internal: not exported from the package index.
 */
import type { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { isListToken } from '../adapter/values';

/** An integration that can take more plan routes. */
export interface RouteTarget {
  addRoute(prefix: string): void;
  /** @internal routes added on the user's behalf (transit peering); skips duplicates quietly. */
  _addRouteIfAbsent(prefix: string): void;
  /** @internal a list token of prefixes (known only at apply): one plan route per element. */
  _addRouteListIfAbsent(prefixes: string[]): void;
}

/** The internal side of a gateway (its model comes from its ModelSource: inventory/model-source.ts). */
export interface GatewayInternals {
  /** Adds an integration; it receives every transit prefix, current and future. */
  _registerIntegration(target: RouteTarget): void;
  /** Adds prefixes (a spoke's address space) to every current and future integration on the gateway. */
  _addTransitRoutes(prefixes: readonly string[]): void;
  /**
   * True when `scope`'s certificate can be added to this gateway's root certificates by the library:
   * the gateway was created by PointToSiteGateway in the same stack.
   */
  _canManageRootCertificates(scope: IConstruct): boolean;
  /** Adds a root certificate entry (name, base64 public certificate data, usually a token). */
  _addRootCertificate(name: string, publicCertData: string): string;
  /** The gateway resource to depend on, when created in this app. */
  _dependable(): TerraformResource | undefined;
}

export const GATEWAY_MARK = Symbol.for('cdktf-appservice-vnet-integration.PointToSiteGateway');

export function isGateway(x: unknown): x is GatewayInternals & { gatewayId: string } {
  return x !== null && typeof x === 'object' && GATEWAY_MARK in x;
}

/** Fans transit prefixes out to every integration, including ones registered later. */
export class TransitRouteFanout {
  private readonly targets: RouteTarget[] = [];
  private readonly prefixes: string[] = [];
  private readonly lists: string[][] = [];

  public register(t: RouteTarget): void {
    this.targets.push(t);
    for (const p of this.prefixes) t._addRouteIfAbsent(p);
    for (const l of this.lists) t._addRouteListIfAbsent(l);
  }

  /** Adds prefixes: an array of prefixes (each may be a token), or a list token as a whole. */
  public add(prefixes: readonly string[]): void {
    if (isListToken(prefixes)) {
      if (this.lists.includes(prefixes as string[])) return;
      this.lists.push(prefixes as string[]);
      for (const t of this.targets) t._addRouteListIfAbsent(prefixes as string[]);
      return;
    }
    for (const p of prefixes) {
      if (this.prefixes.includes(p)) continue;
      this.prefixes.push(p);
      for (const t of this.targets) t._addRouteIfAbsent(p);
    }
  }
}
