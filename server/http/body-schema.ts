// The JSON schemas Fastify checks request bodies against, built one way so every route refuses the same things.

/** A body of exactly these properties (any other is refused), the `required` ones present. */
export function closedBody<P extends Record<string, object>>(required: ReadonlyArray<keyof P & string>, properties: P) {
  return { type: 'object', required, additionalProperties: false, properties } as const;
}

/** A string of at most `maxLength` characters; `nonEmpty` refuses the empty one. */
export function textProperty(maxLength: number, nonEmpty = false) {
  return nonEmpty ? ({ type: 'string', minLength: 1, maxLength } as const) : ({ type: 'string', maxLength } as const);
}
