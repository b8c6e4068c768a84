// `agenda-parse schema`: the JSON Schema of the output, generated from the one zod schema.
import * as z from 'zod/mini';
import { agendaDocumentSchema } from '../schema.js';

export function outputJsonSchema(): unknown {
  return z.toJSONSchema(agendaDocumentSchema, { target: 'draft-2020-12' });
}

export function printSchema(): void {
  process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
}
