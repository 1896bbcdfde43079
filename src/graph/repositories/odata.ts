/** OData filter helpers that keep user text a string literal. */

/** Quotes a value as an OData string literal; a single quote inside is doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Builds `fields/{column} eq '{value}'`, URL-encoded for the query string. */
export function fieldEquals(column: string, value: string): string {
  return encodeURIComponent(`fields/${column} eq ${odataString(value)}`);
}
