// jsdom ships no types and @types/jsdom is not installed; the read-back helper needs only its XML parser.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
