/**
 * Connects the pure rule engine to cdktf's synthesis. One hub per App:
 * - constructs register themselves as subjects and add their part to the inventory;
 * - the first validation that runs in a synthesis builds the inventory once for the whole app
 *   (all stacks, so cross-stack rules work), scans the tree once and runs every rule once;
 * - each stack writes its report before any construct returns its errors, so a failing pipeline
 *   still has the report to point at;
 * - each registered construct returns its own errors (cdktf fails the stack) and gets its own
 *   warnings as annotations.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Annotations, App, TerraformStack } from 'cdktf';
import { IConstruct, IValidation } from 'constructs';
import { suppressionsOn } from '../adapter/markers';
import { onSynthesis, SynthesisSession } from '../adapter/synthesis';
import { Inventory, InventoryParts } from '../model/inventory';
import { makeInventory } from '../model/inventory-index';
import { ALL_RULES } from '../rules/catalog';
import { evaluate, Finding } from '../validation/engine';
import { EvaluationContext, ModelContext } from './model-source';
import { handWrittenPeerings } from './peering-reader';
import { writeValidationReport } from './report-writer';
import { writeTopology } from './topology-writer';
import { scanTree } from './tree-scan';

/** What a registered construct contributes to the inventory. */
export interface Subject {
  readonly construct: IConstruct;
  /** Adds this construct's model(s) to the inventory being built, with this evaluation's context. */
  contribute(builder: InventoryBuilder, ctx: ModelContext): void;
}

/** Mutable lists the subjects fill; frozen into an Inventory for the rules. */
export type InventoryBuilder = {
  -readonly [K in Exclude<keyof InventoryParts, 'tree'>]-?: Array<NonNullable<InventoryParts[K]>[number]>;
};

/** Writers run per stack after evaluation; `validationSkipped` marks a synthesis that enforced nothing. */
export type StackWriter = (stack: TerraformStack, dir: string, findings: readonly Finding[], inventory: Inventory, validationSkipped: boolean) => void;

const HUB = Symbol.for('cdktf-appservice-vnet-integration.hub');

/** The per-stack report and topology diagram, written on every synthesis. */
const WRITERS: readonly StackWriter[] = [writeValidationReport, writeTopology];

export class ValidationHub {
  /** The hub of the app that holds `scope`. */
  public static of(scope: IConstruct): ValidationHub {
    const app = App.of(scope) as App & { [HUB]?: ValidationHub };
    if (!app[HUB]) {
      Object.defineProperty(app, HUB, { value: new ValidationHub(app), enumerable: false });
    }
    return app[HUB]!;
  }

  private readonly subjects: Subject[] = [];
  private readonly stacks = new Set<TerraformStack>();
  /** Stacks whose synthesis calls back into the hub (to report when validation is skipped). */
  private readonly hooked = new Set<TerraformStack>();
  private skipWarned = false;
  private version = 0;
  private cache?: {
    version: number;
    inventory: Inventory;
    findings: Finding[];
    byPath: Map<string, Finding[]>;
    byStack: Map<string, Finding[]>;
    /** Findings about constructs that did not register, by the stack that reports them. */
    unregisteredByStack: Map<string, Finding[]>;
  };
  private readonly annotated = new WeakMap<IConstruct, number>();

  private constructor(private readonly app: App) {}

  /** Adds a subject; its construct gets a validation that reports its findings. */
  public register(subject: Subject): void {
    this.subjects.push(subject);
    this.touch();
    const construct = subject.construct;
    construct.node.addValidation({ validate: () => this.validateConstruct(construct) } satisfies IValidation);
    const stack = TerraformStack.of(construct);
    if (!this.stacks.has(stack)) {
      this.stacks.add(stack);
      // The stack node is validated before its children, so reports are written before errors throw.
      stack.node.addValidation({ validate: () => this.validateStack(stack) } satisfies IValidation);
    }
    // With skipValidation cdktf calls no validation, so the report would silently go missing; the
    // synthesizer still calls a custom synthesis, which writes the report marked as skipped.
    if (!this.hooked.has(stack) && onSynthesis(construct, (session) => this.onStackSynthesis(stack, session))) this.hooked.add(stack);
  }

  /** Call after anything that changes what the rules would see (addApp, new subjects). */
  public touch(): void {
    this.version++;
  }

  /** All findings of the app, evaluated at most once per change. */
  public findings(): readonly Finding[] {
    return this.evaluate().findings;
  }

  /** The inventory the rules saw. */
  public inventory(): Inventory {
    return this.evaluate().inventory;
  }

  /** Findings about constructs inside `stack`. */
  public findingsForStack(stack: TerraformStack): Finding[] {
    const { findings, byStack } = this.evaluate();
    // Indexed once per evaluation: scanning every finding for every stack is quadratic in an app
    // with one stack per team or per app.
    if (this.stacks.has(stack)) return [...(byStack.get(stack.node.path) ?? [])];
    const prefix = stack.node.path + '/';
    return findings.filter((f) => f.path === stack.node.path || f.path.startsWith(prefix));
  }

  private evaluate() {
    if (this.cache && this.cache.version === this.version) return this.cache;
    const builder: InventoryBuilder = { regional: [], gatewayIntegrations: [], gateways: [], peerings: [], placements: [] };
    const { tree, resources } = scanTree(this.app);
    // One context per evaluation: models are shared within it and rebuilt after any change.
    const ctx = new EvaluationContext(resources);
    for (const s of this.subjects) s.contribute(builder, ctx);
    // Peerings written as plain azurerm resources are judged too (reported by their stack).
    builder.peerings.push(...handWrittenPeerings(ctx));
    const inventory: Inventory = makeInventory({ ...builder, tree });
    const byConstruct = new Map<string, IConstruct>(this.subjects.map((s) => [s.construct.node.path, s.construct]));
    const findings = evaluate(inventory, ALL_RULES, (p) => {
      const c = byConstruct.get(p) ?? findByPath(this.app, p);
      return c ? suppressionsOn(c) : [];
    });
    const byPath = new Map<string, Finding[]>();
    for (const f of findings) {
      const l = byPath.get(f.path);
      if (l) l.push(f);
      else byPath.set(f.path, [f]);
    }
    const stackPaths = new Set([...this.stacks].map((st) => st.node.path));
    const firstStack = [...stackPaths].sort()[0];
    const byStack = new Map<string, Finding[]>();
    const unregisteredByStack = new Map<string, Finding[]>();
    for (const f of findings) {
      const stackPath = enclosingPath(f.path, stackPaths);
      if (stackPath !== undefined) push(byStack, stackPath, f);
      // A hand-written resource is reported by its own stack, or by the first stack with a
      // registered construct when its stack has none, so no finding is dropped.
      if (!byConstruct.has(f.path)) push(unregisteredByStack, stackPath ?? firstStack, f);
    }
    this.cache = { version: this.version, inventory, findings, byPath, byStack, unregisteredByStack };
    return this.cache;
  }

  private validateStack(stack: TerraformStack): string[] {
    this.writeStack(stack, false);
    return this.validateUnregistered(stack);
  }

  private writeStack(stack: TerraformStack, validationSkipped: boolean): void {
    const { inventory } = this.evaluate();
    const dir = path.join(this.app.outdir, 'stacks', stack.node.id);
    fs.mkdirSync(dir, { recursive: true });
    const findings = this.findingsForStack(stack);
    for (const w of WRITERS) w(stack, dir, findings, inventory, validationSkipped);
  }

  /**
   * A real synthesis of `stack`. When the app skips validation nothing is enforced, so the report is
   * still written (every row marked validationSkipped) and one loud warning says what went unchecked.
   */
  private onStackSynthesis(stack: TerraformStack, session: SynthesisSession): void {
    if (!session.skipValidation) return;
    this.writeStack(stack, true);
    if (this.skipWarned) return;
    this.skipWarned = true;
    const all = this.findings();
    const count = (o: string) => all.filter((f) => f.outcome === o).length;
    const message =
      `VALIDATION SKIPPED: this app was synthesized with skipValidation, so none of the ${new Set(all.map((f) => f.ruleId)).size} VNet integration rules that apply was enforced: ` +
      `${count('error')} error(s), ${count('warning')} warning(s) and ${count('unverified')} unverified finding(s) were only written to validation-report.json (rows marked validationSkipped) in each stack's directory under ${this.app.outdir}. ` +
      'Terraform will receive this configuration as it is. Remove skipValidation from the App to enforce the rules.';
    Annotations.of(stack).addWarning(message);
    console.warn(message);
  }

  /**
   * Findings about constructs that did not register (hand-written peerings): the stack that holds
   * them reports their errors and annotates their warnings; when that stack has no registered
   * construct, the first registered stack does, so nothing is dropped.
   */
  private validateUnregistered(stack: TerraformStack): string[] {
    const { unregisteredByStack, version } = this.evaluate();
    const errors: string[] = [];
    const done = new Set<IConstruct>();
    for (const f of unregisteredByStack.get(stack.node.path) ?? []) {
      if (f.outcome === 'error') errors.push(f.message);
      const c = findByPath(this.app, f.path);
      if (c && this.annotated.get(c) !== version) {
        done.add(c);
        if (f.outcome === 'warning' || f.outcome === 'unverified') Annotations.of(c).addWarning(f.message);
      }
    }
    for (const c of done) this.annotated.set(c, version);
    return errors;
  }

  private validateConstruct(c: IConstruct): string[] {
    const { byPath, version } = this.evaluate();
    const mine = byPath.get(c.node.path) ?? [];
    if (this.annotated.get(c) !== version) {
      this.annotated.set(c, version);
      for (const f of mine) {
        if (f.outcome === 'warning' || f.outcome === 'unverified') Annotations.of(c).addWarning(f.message);
        else if (f.outcome === 'acknowledged' || f.outcome === 'overridden') {
          Annotations.of(c).addInfo(`${f.outcome}: ${f.message} Reason: ${f.reason}`);
        }
      }
    }
    return mine.filter((f) => f.outcome === 'error').map((f) => f.message);
  }
}

/** The shortest of `paths` that is `path` itself or one of its ancestors. */
function enclosingPath(path: string, paths: ReadonlySet<string>): string | undefined {
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.substring(0, i);
    if (paths.has(prefix)) return prefix;
  }
  return paths.has(path) ? path : undefined;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** The construct at `path` below the app, if any. */
function findByPath(app: IConstruct, p: string): IConstruct | undefined {
  let c: IConstruct | undefined = app;
  for (const id of p.split('/')) {
    if (!c) return undefined;
    c = c.node.tryFindChild(id);
  }
  return c;
}
