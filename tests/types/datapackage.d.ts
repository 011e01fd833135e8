/** The part of the Frictionless Data Package library (datapackage, JavaScript) the tests use; it ships no types. */
declare module 'datapackage' {
  export class Resource {
    name: string;
    tabular: boolean;
    descriptor: { path?: string | string[] };
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Array<Record<string, unknown>>>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
