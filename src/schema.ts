// The output contract (../shared/SPEC.md, v1) as one zod schema: the only definition of the JSON.
// Types come from z.infer; `agenda-parse schema` prints z.toJSONSchema(agendaDocumentSchema).
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{2}:\d{2}$/);
const itemNumber = z.string().regex(/^\d+(\([a-z]+\))*$/);

export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    page: z.number().int().positive().optional(),
  })
  .describe('Offsets (UTF-16 code units) into the decoded source text; line and column are 1-based.');

export const languageSchema = z.enum(['ar', 'en', 'fr', 'es', 'ru', 'zh']);

const spanMap = z.record(z.string(), spanSchema);

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
  span: spanSchema.nullable(),
});

export const agendaDocumentEntrySchema = z.object({
  symbol: z.string().nullable(),
  description: z.string().nullable(),
  span: spanSchema.optional(),
});

export interface AgendaItemShape {
  number: string;
  label: string | null;
  title: string;
  subItems: AgendaItemShape[];
  annotation: string | null;
  annotationSpan?: z.infer<typeof spanSchema> | null;
  documents: z.infer<typeof agendaDocumentEntrySchema>[];
  span?: z.infer<typeof spanSchema>;
}

export const agendaItemSchema: z.ZodType<AgendaItemShape> = z.lazy(() =>
  z.object({
    number: itemNumber,
    label: z.string().nullable(),
    title: z.string(),
    subItems: z.array(agendaItemSchema),
    annotation: z.string().nullable(),
    annotationSpan: spanSchema.nullable().optional(),
    documents: z.array(agendaDocumentEntrySchema),
    span: spanSchema.optional(),
  }),
);

export const mandateSchema = z.object({
  kind: z.enum(['decision', 'resolution', 'provision']),
  reference: z.string(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  instrument: z.string().nullable(),
  title: z.string().nullable(),
  items: z.array(itemNumber),
  spans: z.array(spanSchema).optional(),
});

export const documentSymbolSchema = z.object({
  symbol: z.string(),
  url: z.string(),
  items: z.array(itemNumber),
  spans: z.array(spanSchema).optional(),
});

export const dateEntrySchema = z.object({
  text: z.string(),
  start: isoDate,
  end: isoDate.nullable(),
  inferred: z.array(z.enum(['year', 'month'])),
  span: spanSchema.optional(),
});

export const scheduleSlotSchema = z.object({
  date: isoDate.nullable(),
  dateInferred: z.boolean(),
  start: isoTime.nullable(),
  end: isoTime.nullable(),
  items: z.array(itemNumber),
  span: spanSchema.optional(),
});

export const agendaDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string().nullable(),
    format: z.enum(['text', 'pdf']),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    pages: z.number().int().positive().nullable(),
  }),
  language: languageSchema.nullable(),
  document: z.object({
    symbol: z.string().nullable(),
    distribution: z.enum(['general', 'limited', 'restricted']).nullable(),
    issued: isoDate.nullable(),
    originalLanguage: languageSchema.nullable(),
    title: z.string().nullable(),
    kind: z.enum(['provisional-agenda', 'annotated-provisional-agenda', 'agenda', 'other']),
    spans: spanMap.optional(),
  }),
  meeting: z.object({
    body: z.string().nullable(),
    organ: z.string().nullable(),
    session: z.string().nullable(),
    sessionNumber: z.number().int().positive().nullable(),
    venue: z.string().nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    opening: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)
      .nullable(),
    inferred: z.array(z.enum(['startDate', 'endDate', 'opening'])),
    spans: spanMap.optional(),
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
export type AgendaItem = AgendaItemShape;
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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorRecordSchema = z.object({
  source: z.object({ path: z.string().nullable() }).passthrough(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});
