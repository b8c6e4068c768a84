// import() of an optional dependency (pdf.js), through one replaceable function. A batch worker
// runs the parser as a classic script compiled from V8's code cache (src/cli/worker.ts), and
// there import() has no module loader behind it: the worker hands in one of its own module's.

export type ModuleImporter = (specifier: string) => Promise<unknown>;

let importer: ModuleImporter = (specifier) => import(specifier);

export function importModule(specifier: string): Promise<unknown> {
  return importer(specifier);
}

export function useModuleImporter(replacement: ModuleImporter): void {
  importer = replacement;
}
