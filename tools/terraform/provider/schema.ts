/**
 * Provider schemas in the form `terraform providers schema -json` prints them (the vendored
 * fixtures under tools/terraform/schemas/), the value types they imply (Terraform's
 * configschema ImpliedType rules), and their protocol 6 messages for GetProviderSchema.
 */
import { CtyType, DYNAMIC, parseType } from './cty';

export interface JsonAttribute {
  readonly type?: unknown;
  readonly nested_type?: JsonNestedType;
  readonly description?: string;
  readonly description_kind?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
}

export interface JsonNestedType {
  readonly attributes: Readonly<Record<string, JsonAttribute>>;
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map';
}

export interface JsonBlock {
  readonly attributes?: Readonly<Record<string, JsonAttribute>>;
  readonly block_types?: Readonly<Record<string, JsonBlockType>>;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
}

export interface JsonBlockType {
  readonly nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly block: JsonBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface JsonSchema {
  readonly version?: number;
  readonly block: JsonBlock;
}

/** One provider's part of `terraform providers schema -json` (what a fixture file holds). */
export interface ProviderSchemaJson {
  readonly provider: JsonSchema;
  readonly resource_schemas: Readonly<Record<string, JsonSchema>>;
  readonly data_source_schemas: Readonly<Record<string, JsonSchema>>;
}

function hasDynamic(t: CtyType): boolean {
  switch (t.kind) {
    case 'dynamic':
      return true;
    case 'list':
    case 'set':
    case 'map':
      return hasDynamic(t.element);
    case 'object':
      return Object.values(t.attributes).some(hasDynamic);
    case 'tuple':
      return t.elements.some(hasDynamic);
    default:
      return false;
  }
}

export function attributeType(a: JsonAttribute): CtyType {
  if (a.nested_type) return nestedTypeType(a.nested_type);
  return parseType(a.type);
}

function nestedTypeType(n: JsonNestedType): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [k, a] of Object.entries(n.attributes)) attributes[k] = attributeType(a);
  const obj: CtyType = { kind: 'object', attributes };
  switch (n.nesting_mode) {
    case 'single':
      return obj;
    case 'list':
      return hasDynamic(obj) ? DYNAMIC : { kind: 'list', element: obj };
    case 'set':
      return { kind: 'set', element: obj };
    case 'map':
      return hasDynamic(obj) ? DYNAMIC : { kind: 'map', element: obj };
  }
}

/** The object type a block's values have. */
export function blockType(b: JsonBlock): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [k, a] of Object.entries(b.attributes ?? {})) attributes[k] = attributeType(a);
  for (const [k, bt] of Object.entries(b.block_types ?? {})) {
    const inner = blockType(bt.block);
    switch (bt.nesting_mode) {
      case 'single':
      case 'group':
        attributes[k] = inner;
        break;
      case 'list':
        // Elements of a list or map block may differ in type when the block has dynamic attributes.
        attributes[k] = hasDynamic(inner) ? DYNAMIC : { kind: 'list', element: inner };
        break;
      case 'set':
        attributes[k] = { kind: 'set', element: inner };
        break;
      case 'map':
        attributes[k] = hasDynamic(inner) ? DYNAMIC : { kind: 'map', element: inner };
        break;
    }
  }
  return { kind: 'object', attributes };
}

const KIND = { plain: 'PLAIN', markdown: 'MARKDOWN' } as const;
const BLOCK_NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' } as const;
const OBJECT_NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP' } as const;

function kind(k: string | undefined): string {
  return KIND[(k ?? 'plain') as keyof typeof KIND] ?? 'PLAIN';
}

function attributeMessage(name: string, a: JsonAttribute): Record<string, unknown> {
  return {
    name,
    type: a.nested_type ? Buffer.alloc(0) : Buffer.from(JSON.stringify(a.type), 'utf8'),
    nested_type: a.nested_type
      ? { attributes: Object.entries(a.nested_type.attributes).map(([k, x]) => attributeMessage(k, x)), nesting: OBJECT_NESTING[a.nested_type.nesting_mode] }
      : undefined,
    description: a.description ?? '',
    description_kind: kind(a.description_kind),
    required: a.required === true,
    optional: a.optional === true,
    computed: a.computed === true,
    sensitive: a.sensitive === true,
    deprecated: a.deprecated === true,
    write_only: a.write_only === true,
  };
}

function blockMessage(b: JsonBlock, version: number): Record<string, unknown> {
  return {
    version,
    attributes: Object.entries(b.attributes ?? {}).map(([k, a]) => attributeMessage(k, a)),
    block_types: Object.entries(b.block_types ?? {}).map(([k, bt]) => ({
      type_name: k,
      block: blockMessage(bt.block, 0),
      nesting: BLOCK_NESTING[bt.nesting_mode],
      min_items: bt.min_items ?? 0,
      max_items: bt.max_items ?? 0,
    })),
    description: b.description ?? '',
    description_kind: kind(b.description_kind),
    deprecated: b.deprecated === true,
  };
}

/** The protocol message of one schema (tfplugin6.Schema). */
export function schemaMessage(s: JsonSchema): Record<string, unknown> {
  return { version: s.version ?? 0, block: blockMessage(s.block, s.version ?? 0) };
}
