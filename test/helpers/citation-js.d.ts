/** The part of citation-js the tests use to read citations back: text in, CSL-JSON items out. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string | object);
    data: Array<Record<string, unknown>>;
  }
}
