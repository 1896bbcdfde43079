/** A parser and evaluator for the `$filter` subset SharePoint list items accept through Graph. */
import { fail } from './errors';

type Literal = string | number | boolean | null;

/** A parsed filter expression. */
export type FilterNode =
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string; value: Literal }
  | { kind: 'startswith'; field: string; value: string };

type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';
const COMPARE_OPS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);

type Token =
  | { type: 'string'; value: string }
  | { type: 'word'; value: string }
  | { type: 'punct'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "'") {
      let value = '';
      index += 1;
      for (;;) {
        if (index >= text.length)
          throw fail.badRequest(`Unterminated string literal in $filter: ${text}`);
        if (text[index] === "'" && text[index + 1] === "'") {
          value += "'";
          index += 2;
        } else if (text[index] === "'") {
          index += 1;
          break;
        } else {
          value += text[index];
          index += 1;
        }
      }
      tokens.push({ type: 'string', value });
    } else if ('(),'.includes(char)) {
      tokens.push({ type: 'punct', value: char });
      index += 1;
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(index));
      const word = match?.[0] ?? char;
      tokens.push({ type: 'word', value: word });
      index += word.length;
    }
  }
  return tokens;
}

class FilterParser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): FilterNode {
    const node = this.parseOr();
    if (this.position < this.tokens.length) this.error('unexpected text after the expression');
    return node;
  }

  private error(what: string): never {
    throw fail.badRequest(`Invalid $filter '${this.source}': ${what}.`);
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.position];
    return token?.type === 'word' ? token.value.toLowerCase() : undefined;
  }

  private expectPunct(value: string): void {
    const token = this.tokens[this.position];
    if (token?.type !== 'punct' || token.value !== value) this.error(`expected '${value}'`);
    this.position += 1;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === 'or') {
      this.position += 1;
      left = { kind: 'logical', op: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekWord() === 'and') {
      this.position += 1;
      left = { kind: 'logical', op: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.peekWord() === 'not') {
      this.position += 1;
      return { kind: 'not', operand: this.parseUnary() };
    }
    const token = this.tokens[this.position];
    if (token?.type === 'punct' && token.value === '(') {
      this.position += 1;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (this.peekWord() === 'startswith') return this.parseStartsWith();
    return this.parseComparison();
  }

  private parseStartsWith(): FilterNode {
    this.position += 1;
    this.expectPunct('(');
    const field = this.parseField();
    this.expectPunct(',');
    const value = this.parseLiteral();
    this.expectPunct(')');
    if (typeof value !== 'string') this.error('startswith needs a string literal');
    return { kind: 'startswith', field, value };
  }

  private parseComparison(): FilterNode {
    const field = this.parseField();
    const op = this.peekWord();
    if (!op || !COMPARE_OPS.has(op))
      this.error(`expected an operator (eq, ne, lt, gt, le, ge) after '${field}'`);
    this.position += 1;
    return { kind: 'compare', op: op as CompareOp, field, value: this.parseLiteral() };
  }

  private parseField(): string {
    const token = this.tokens[this.position];
    if (token?.type !== 'word') this.error('expected a field such as fields/Title');
    this.position += 1;
    return token.value.startsWith('fields/') ? token.value.slice('fields/'.length) : token.value;
  }

  private parseLiteral(): Literal {
    const token = this.tokens[this.position];
    if (!token || token.type === 'punct') this.error('expected a value');
    this.position += 1;
    if (token.type === 'string') return token.value;
    const word = token.value;
    if (word === 'null') return null;
    if (word === 'true' || word === 'false') return word === 'true';
    if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
    // Unquoted dates such as 2026-01-01T00:00:00Z compare as ISO text.
    if (/^\d{4}-\d{2}-\d{2}/.test(word)) return word;
    return this.error(`'${word}' is not a value; quote strings with single quotes`);
  }
}

/** Parses a `$filter` expression; raises a 400 naming the problem. */
export function parseFilter(text: string): FilterNode {
  return new FilterParser(tokenize(text), text).parse();
}

/** Returns the field names an expression reads. */
export function filterFields(node: FilterNode): string[] {
  if (node.kind === 'logical') return [...filterFields(node.left), ...filterFields(node.right)];
  if (node.kind === 'not') return filterFields(node.operand);
  return [node.field];
}

function compare(actual: unknown, op: CompareOp, expected: Literal): boolean {
  if (op === 'eq')
    return expected === null
      ? actual == null
      : actual === expected || String(actual) === String(expected);
  if (op === 'ne') return !compare(actual, 'eq', expected);
  if (actual == null || expected === null) return false;
  const left = typeof expected === 'number' ? Number(actual) : String(actual);
  const right = typeof expected === 'number' ? expected : String(expected);
  if (op === 'lt') return left < right;
  if (op === 'gt') return left > right;
  if (op === 'le') return left <= right;
  return left >= right;
}

/** Evaluates an expression against one item's fields. */
export function matchesFilter(node: FilterNode, read: (field: string) => unknown): boolean {
  switch (node.kind) {
    case 'logical':
      return node.op === 'and'
        ? matchesFilter(node.left, read) && matchesFilter(node.right, read)
        : matchesFilter(node.left, read) || matchesFilter(node.right, read);
    case 'not':
      return !matchesFilter(node.operand, read);
    case 'startswith': {
      const value = read(node.field);
      return typeof value === 'string' && value.startsWith(node.value);
    }
    case 'compare':
      return compare(read(node.field), node.op, node.value);
  }
}
