/**
 * A mock Terraform provider process: speaks go-plugin's handshake and Terraform's plugin protocol 6
 * over gRPC, with the vendored real schema of one provider version. Terraform starts it (through
 * the wrapper the harness puts in a filesystem mirror) once per provider configuration.
 *
 * Handshake (hashicorp/go-plugin): the magic cookie is checked; the server listens on a unix socket
 * and prints `1|6|unix|<socket>|grpc|<server certificate>` on stdout. With AutoMTLS (Terraform sets
 * PLUGIN_CLIENT_CERT) it serves TLS with its own self-signed certificate for "localhost" and
 * requires Terraform's client certificate.
 *
 * Usage: node server.js [--reattach] --provider azurerm --version 4.55.0 --schema <fixture.json>
 * With --reattach it is a provider host instead (see Mode below): it prints one line of JSON, its
 * TF_REATTACH_PROVIDERS entry, and serves until it is stopped.
 * Environment: TF_MOCK_LOG (append a line per call to this file), TF_MOCK_READ_BACK_FILE (extra
 * read-back rules), TF_MOCK_TLS_DIR (reuse a certificate and key from this directory, made by
 * certificate.ts, instead of generating one per process), ARM_SUBSCRIPTION_ID (fallback subscription).
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { serverCertificate } from './certificate';
import { CtyType, decodeJson, decodeMsgpack, encodeMsgpack, Value } from './cty';
import { FALLBACK_SUBSCRIPTION, MockContext } from './fakes';
import { applyResource, planResource, readDataSource, readResource } from './mock';
import { loadReadBackRules, refusedDelete } from './read-back';
import { requiresReplace } from './replace';
import { blockType, JsonSchema, ProviderSchemaJson, schemaMessage } from './schema';

/** go-plugin's handshake for Terraform providers (terraform/internal/plugin6: Handshake). */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const PROTOCOL_VERSION = 6;

const LOADER_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, bytes: Buffer, defaults: true, oneofs: true };

interface DynamicValueMsg {
  msgpack?: Buffer;
  json?: Buffer;
}

interface Args {
  provider: string;
  version: string;
  schema: string;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string): string => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0 || i + 1 >= argv.length) throw new Error(`missing --${name}`);
    return argv[i + 1];
  };
  return { provider: get('provider'), version: get('version'), schema: get('schema') };
}

/**
 * The provider's behaviour over its schema. What a provider configuration sets (its subscription)
 * is kept per session: one gRPC connection is one provider instance in Terraform, and a provider
 * host (--reattach) serves every instance of every command through one process.
 */
export class MockProvider {
  private readonly types = new Map<string, CtyType>();
  private readonly readBack = loadReadBackRules();
  private readonly contexts = new Map<string, MockContext>();
  private schemaResponse: Record<string, unknown> | undefined;

  constructor(
    public readonly name: string,
    public readonly version: string,
    public readonly schema: ProviderSchemaJson,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  private resourceSchema(type: string): JsonSchema {
    const s = this.schema.resource_schemas[type];
    if (!s) throw new Error(`resource type ${type} is not vendored for ${this.name} ${this.version} (see tools/terraform/README.md, "Adding a provider type")`);
    return s;
  }

  private dataSchema(type: string): JsonSchema {
    const s = this.schema.data_source_schemas[type];
    if (!s) throw new Error(`data source ${type} is not vendored for ${this.name} ${this.version}`);
    return s;
  }

  private typeOf(key: string, s: JsonSchema): CtyType {
    let t = this.types.get(key);
    if (!t) this.types.set(key, (t = blockType(s.block)));
    return t;
  }

  private decode(dv: DynamicValueMsg | null | undefined, t: CtyType): Value {
    if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, t);
    if (dv?.json && dv.json.length > 0) return decodeJson(dv.json, t);
    return null;
  }

  private encode(v: Value, t: CtyType): DynamicValueMsg {
    return { msgpack: Buffer.from(encodeMsgpack(v, t)) };
  }

  private contextOf(session: string): MockContext {
    return this.contexts.get(session) ?? { subscriptionId: process.env.ARM_SUBSCRIPTION_ID || FALLBACK_SUBSCRIPTION };
  }

  getProviderSchema(): Record<string, unknown> {
    // Every instance asks for it; a provider host answers many, so it is built once.
    return (this.schemaResponse ??= this.buildSchemaResponse());
  }

  private buildSchemaResponse(): Record<string, unknown> {
    const resources: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(this.schema.resource_schemas)) resources[k] = schemaMessage(s);
    const data: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(this.schema.data_source_schemas)) data[k] = schemaMessage(s);
    return {
      provider: schemaMessage(this.schema.provider),
      resource_schemas: resources,
      data_source_schemas: data,
      diagnostics: [],
      server_capabilities: { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false },
    };
  }

  /** `session` names the provider instance (the connection); one process, one instance when omitted. */
  configure(req: { config?: DynamicValueMsg }, session = ''): Record<string, unknown> {
    const cfg = this.decode(req.config, this.typeOf('provider', this.schema.provider)) as Record<string, unknown> | null;
    const sub = cfg && typeof cfg.subscription_id === 'string' && cfg.subscription_id.length > 0 ? cfg.subscription_id : undefined;
    if (sub) this.contexts.set(session, { subscriptionId: sub });
    else this.contexts.delete(session);
    this.log(`configure${session ? ` session=${session}` : ''} subscription=${this.contextOf(session).subscriptionId} alias-config=${JSON.stringify(cfg ?? {})}`);
    return { diagnostics: [] };
  }

  plan(req: { type_name: string; prior_state?: DynamicValueMsg; proposed_new_state?: DynamicValueMsg; prior_private?: Buffer }): Record<string, unknown> {
    const s = this.resourceSchema(req.type_name);
    const t = this.typeOf(`r:${req.type_name}`, s);
    const prior = this.decode(req.prior_state, t);
    const planned = planResource(s, prior, this.decode(req.proposed_new_state, t));
    const replace = requiresReplace(req.type_name, s, prior, planned);
    this.log(`plan ${req.type_name}${replace.length > 0 ? ` requires replace: ${replace.map((p) => p.join('.')).join(', ')}` : ''}`);
    const requires_replace = replace.map((path) => ({ steps: path.map((attribute_name) => ({ attribute_name })) }));
    return { planned_state: this.encode(planned, t), requires_replace, planned_private: req.prior_private ?? Buffer.alloc(0), diagnostics: [] };
  }

  apply(req: { type_name: string; prior_state?: DynamicValueMsg; planned_state?: DynamicValueMsg; planned_private?: Buffer }, session = ''): Record<string, unknown> {
    const s = this.resourceSchema(req.type_name);
    const t = this.typeOf(`r:${req.type_name}`, s);
    const planned = this.decode(req.planned_state, t);
    if (planned === null) {
      // Destroy: an object whose API has no DELETE cannot be destroyed this way.
      const prior = this.decode(req.prior_state, t);
      const refused = refusedDelete(req.type_name, prior);
      if (refused) {
        const id = prior && typeof prior === 'object' && 'id' in prior ? String((prior as Record<string, unknown>).id) : '(unknown id)';
        throw new Error(`DELETE ${id}: the API has no DELETE for ${refused.armType} (${refused.source})`);
      }
    }
    const next = applyResource(req.type_name, s, planned, this.contextOf(session));
    this.log(`apply ${req.type_name} ${next && typeof next === 'object' && 'id' in next ? String((next as Record<string, unknown>).id) : '(destroyed)'}`);
    return { new_state: this.encode(next, t), private: req.planned_private ?? Buffer.alloc(0), diagnostics: [] };
  }

  read(req: { type_name: string; current_state?: DynamicValueMsg; private?: Buffer }): Record<string, unknown> {
    const s = this.resourceSchema(req.type_name);
    const t = this.typeOf(`r:${req.type_name}`, s);
    const next = readResource(req.type_name, s, this.decode(req.current_state, t), this.readBack);
    return { new_state: this.encode(next, t), private: req.private ?? Buffer.alloc(0), diagnostics: [] };
  }

  readData(req: { type_name: string; config?: DynamicValueMsg }, session = ''): Record<string, unknown> {
    const s = this.dataSchema(req.type_name);
    const t = this.typeOf(`d:${req.type_name}`, s);
    const state = readDataSource(req.type_name, s, this.decode(req.config, t), this.contextOf(session));
    return { state: this.encode(state, t), diagnostics: [] };
  }

  upgrade(req: { type_name: string; raw_state?: { json?: Buffer } }): Record<string, unknown> {
    this.resourceSchema(req.type_name);
    // The stored JSON is already in the current schema's shape: hand it back as DynamicValue.json.
    return { upgraded_state: { json: req.raw_state?.json ?? Buffer.from('null') }, diagnostics: [] };
  }
}

function errorDiagnostic(e: unknown): Record<string, unknown> {
  return { severity: 'ERROR', summary: 'Mock provider error', detail: e instanceof Error ? e.message : String(e) };
}

type Handler = (req: any, session: string) => Record<string, unknown>;

/**
 * Wraps a handler: failures become an error diagnostic that Terraform prints, with the mock named.
 * `sessionOf` names the provider instance a call belongs to.
 */
function unary(h: Handler, sessionOf: (call: grpc.ServerUnaryCall<any, any>) => string, diagnosticsField = 'diagnostics'): grpc.handleUnaryCall<any, any> {
  return (call, callback) => {
    try {
      callback(null, h(call.request, sessionOf(call)));
    } catch (e) {
      callback(null, { [diagnosticsField]: [errorDiagnostic(e)] });
    }
  };
}

function loadPackage(file: string): grpc.GrpcObject {
  return grpc.loadPackageDefinition(protoLoader.loadSync(join(__dirname, '..', 'proto', file), LOADER_OPTIONS));
}

/**
 * How the process is reached. `managed`: Terraform started it for one provider instance (a
 * filesystem-mirror install); unix socket, AutoMTLS, go-plugin's handshake line, exits on Shutdown.
 * `reattach`: a provider host the harness starts once per run and hands to Terraform through
 * TF_REATTACH_PROVIDERS; TCP on 127.0.0.1, so that each connection (each provider instance of each
 * command) has its own peer address and keeps its own configuration; it outlives every command.
 */
type Mode = 'managed' | 'reattach';

export async function main(argv: string[]): Promise<void> {
  const mode: Mode = argv.includes('--reattach') ? 'reattach' : 'managed';
  if (mode === 'managed' && process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    // go-plugin's convention: a plugin started by hand says so and exits.
    process.stdout.write('This is a mock Terraform provider for tools/terraform (npm run tf:verify); Terraform starts it, it is not run by hand.\n');
    process.exit(1);
  }
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? String(PROTOCOL_VERSION)).split(',').map((v) => Number(v.trim()));
  if (mode === 'managed' && !versions.includes(PROTOCOL_VERSION)) {
    process.stdout.write(`mock provider speaks plugin protocol ${PROTOCOL_VERSION}; the client offered ${versions.join(',')}\n`);
    process.exit(1);
  }
  const args = parseArgs(argv);
  const logFile = process.env.TF_MOCK_LOG;
  const log = (line: string) => {
    if (logFile) appendFileSync(logFile, `${new Date().toISOString()} ${args.provider}@${args.version} pid=${process.pid} ${line}\n`);
  };
  const provider = new MockProvider(args.provider, args.version, JSON.parse(readFileSync(args.schema, 'utf8')) as ProviderSchemaJson, log);
  const sessionOf = mode === 'reattach' ? (call: grpc.ServerUnaryCall<any, any>) => call.getPeer() : () => '';

  const tf = loadPackage('tfplugin6.proto').tfplugin6 as any;
  const plugin = loadPackage('go-plugin.proto').plugin as any;
  const health = (loadPackage('health.proto').grpc as any).health.v1;

  const server = new grpc.Server();
  const socketDir = mode === 'managed' ? mkdtempSync(join(process.env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'tfmock-')) : undefined;
  const cleanup = () => {
    if (socketDir) rmSync(socketDir, { recursive: true, force: true });
  };
  const exit = (code: number) => {
    cleanup();
    process.exit(code);
  };

  const u = (h: Handler, field?: string) => unary(h, sessionOf, field);
  server.addService(tf.Provider.service, {
    GetProviderSchema: u(() => provider.getProviderSchema()),
    ValidateProviderConfig: u(() => ({ diagnostics: [] })),
    ValidateResourceConfig: u(() => ({ diagnostics: [] })),
    ValidateDataResourceConfig: u(() => ({ diagnostics: [] })),
    UpgradeResourceState: u((r) => provider.upgrade(r)),
    ConfigureProvider: u((r, session) => provider.configure(r, session)),
    ReadResource: u((r) => provider.read(r)),
    PlanResourceChange: u((r) => provider.plan(r)),
    ApplyResourceChange: u((r, session) => provider.apply(r, session)),
    ReadDataSource: u((r, session) => provider.readData(r, session)),
    GetFunctions: u(() => ({ diagnostics: [] })),
    StopProvider: u(() => ({ Error: '' }), 'Error'),
  });
  server.addService(plugin.GRPCController.service, {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, {});
      // A provider host serves the whole run: one command ending does not end it.
      if (mode === 'managed') setTimeout(() => exit(0), 10); // let the answer leave first
    },
  });
  server.addService(health.Health.service, {
    Check: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback(null, { status: 'SERVING' }),
  });

  const clientCert = mode === 'managed' ? process.env.PLUGIN_CLIENT_CERT : undefined;
  let certLine = '';
  let credentials = grpc.ServerCredentials.createInsecure();
  if (clientCert) {
    const own = serverCertificate(process.env.TF_MOCK_TLS_DIR);
    credentials = grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(own.keyPem), cert_chain: Buffer.from(own.certPem) }], true);
    // go-plugin reads the certificate as unpadded standard base64 of its DER bytes.
    certLine = `|${own.derBase64}`;
  }
  const address = socketDir ? `unix://${join(socketDir, 'plugin.sock')}` : '127.0.0.1:0';
  const port = await new Promise<number>((resolve, reject) => server.bindAsync(address, credentials, (err, p) => (err ? reject(err) : resolve(p))));

  process.on('SIGINT', () => undefined); // Terraform (or the harness) handles interrupts and then stops the plugin.
  process.on('SIGTERM', () => exit(0));
  process.on('exit', cleanup);
  // Orphaned (Terraform or the harness died without stopping us): go too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) exit(0);
  }, 1000).unref();

  if (socketDir) process.stdout.write(`1|${PROTOCOL_VERSION}|unix|${join(socketDir, 'plugin.sock')}|grpc${certLine}\n`);
  else process.stdout.write(`${JSON.stringify(reattachConfig(port))}\n`);
  log(`started (${mode})`);
}

/** One entry of TF_REATTACH_PROVIDERS. Test: Terraform neither manages nor kills the process. */
export function reattachConfig(port: number): Record<string, unknown> {
  return { Protocol: 'grpc', ProtocolVersion: PROTOCOL_VERSION, Pid: process.pid, Test: true, Addr: { Network: 'tcp', String: `127.0.0.1:${port}` } };
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stdout.write(`mock provider failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
