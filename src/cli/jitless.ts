// One document: zod's compiled object parsers (built with new Function on first use) cost more to
// build than they save; the batch workers keep them. A module of its own, imported by the single
// path only, so that the batch runner's thread does not load zod (a named import, where
// `await import('zod/mini')` would bundle all of zod into the chunk the workers load).
import { config } from 'zod/mini';

config({ jitless: true });
