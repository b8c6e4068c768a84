// The output contract (../shared/SPEC.md, v1) as one zod schema: the only definition of the JSON.
// Types come from z.infer; `agenda-parse schema` prints z.toJSONSchema(agendaDocumentSchema).
// zod/mini (the same library, functional API): bundled with named imports it is tree-shaken to
// a few kilobytes, where the method-chaining API pulls in all of zod and costs ~50 ms per start.
import * as z from 'zod/mini';

export const SCHEMA_VERSION = '1.0';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const isoTime = z.string().check(z.regex(/^\d{2}:\d{2}$/));
const itemNumber = z.string().check(z.regex(/^\d+(\([a-z]+\))*$/));
const offset = z.int().check(z.nonnegative());
const counting = z.int().check(z.positive());

/** Offsets (UTF-16 code units) into the decoded source text; line and column are 1-based. */
export const spanSchema = z.object({
  start: offset,
  end: offset,
  line: counting,
  column: counting,
  page: z.optional(counting),
});

export const languageSchema = z.enum(['ar', 'en', 'fr', 'es', 'ru', 'zh']);

const spanMap = z.record(z.string(), spanSchema);

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/)),
  message: z.string(),
  /** Where the diagnostic has a place; left out, like every span, under --no-spans. */
  span: z.optional(z.nullable(spanSchema)),
});

export const agendaDocumentEntrySchema = z.object({
  symbol: z.nullable(z.string()),
  description: z.nullable(z.string()),
  span: z.optional(spanSchema),
});

export const agendaItemSchema = z.object({
  number: itemNumber,
  label: z.nullable(z.string()),
  title: z.string(),
  get subItems() {
    return z.array(agendaItemSchema);
  },
  annotation: z.nullable(z.string()),
  annotationSpan: z.optional(z.nullable(spanSchema)),
  documents: z.array(agendaDocumentEntrySchema),
  span: z.optional(spanSchema),
});

export const mandateSchema = z.object({
  kind: z.enum(['decision', 'resolution', 'provision']),
  reference: z.string(),
  symbol: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  instrument: z.nullable(z.string()),
  title: z.nullable(z.string()),
  items: z.array(itemNumber),
  spans: z.optional(z.array(spanSchema)),
});

export const documentSymbolSchema = z.object({
  symbol: z.string(),
  url: z.string(),
  items: z.array(itemNumber),
  spans: z.optional(z.array(spanSchema)),
});

export const dateEntrySchema = z.object({
  text: z.string(),
  start: isoDate,
  end: z.nullable(isoDate),
  inferred: z.array(z.enum(['year', 'month'])),
  span: z.optional(spanSchema),
});

export const scheduleSlotSchema = z.object({
  date: z.nullable(isoDate),
  dateInferred: z.boolean(),
  start: z.nullable(isoTime),
  end: z.nullable(isoTime),
  items: z.array(itemNumber),
  span: z.optional(spanSchema),
});

export const agendaDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.nullable(z.string()),
    format: z.enum(['text', 'pdf']),
    bytes: offset,
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    encoding: z.string(),
    pages: z.nullable(counting),
  }),
  language: z.nullable(languageSchema),
  document: z.object({
    symbol: z.nullable(z.string()),
    distribution: z.nullable(z.enum(['general', 'limited', 'restricted'])),
    issued: z.nullable(isoDate),
    originalLanguage: z.nullable(languageSchema),
    title: z.nullable(z.string()),
    kind: z.enum(['provisional-agenda', 'annotated-provisional-agenda', 'agenda', 'other']),
    spans: z.optional(spanMap),
  }),
  meeting: z.object({
    body: z.nullable(z.string()),
    organ: z.nullable(z.string()),
    session: z.nullable(z.string()),
    sessionNumber: z.nullable(counting),
    venue: z.nullable(z.string()),
    startDate: z.nullable(isoDate),
    endDate: z.nullable(isoDate),
    opening: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/))),
    inferred: z.array(z.enum(['startDate', 'endDate', 'opening'])),
    spans: z.optional(spanMap),
  }),
  items: z.array(agendaItemSchema),
  mandates: z.array(mandateSchema),
  documentSymbols: z.array(documentSymbolSchema),
  dates: z.array(dateEntrySchema),
  schedule: z.array(scheduleSlotSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaDocumentEntry = z.infer<typeof agendaDocumentEntrySchema>;
export type Mandate = z.infer<typeof mandateSchema>;
export type DocumentSymbol = z.infer<typeof documentSymbolSchema>;
export type DateEntry = z.infer<typeof dateEntrySchema>;
export type ScheduleSlot = z.infer<typeof scheduleSlotSchema>;
export type AgendaDocument = z.infer<typeof agendaDocumentSchema>;

/** Error codes that stop a document (exit 1), per SPEC "Diagnostics and errors". */
export const ERROR_CODES = [
  'FILE_NOT_FOUND',
  'READ_ERROR',
  'EMPTY_INPUT',
  'NOT_TEXT',
  'TOO_LARGE',
  'TIMEOUT',
  'PDF_ENCRYPTED',
  'PDF_CORRUPT',
  'PDF_NO_TEXT',
  // Batch mode: an output that cannot be written, two inputs mapping to one output, a bug.
  'WRITE_ERROR',
  'OUTPUT_CONFLICT',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorRecordSchema = z.object({
  source: z.looseObject({ path: z.nullable(z.string()) }),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});
