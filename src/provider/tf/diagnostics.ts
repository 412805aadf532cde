/**
 * User-facing problems travel as diagnostics, not exceptions (terraform-plugin-framework's
 * `diag.Diagnostics`). A diagnostic scoped to an attribute path makes Terraform point at the HCL line.
 */

/** One step into a value: an object attribute, a map key, or a list/tuple index. */
export type PathStep =
  | { readonly attributeName: string }
  | { readonly elementKeyString: string }
  | { readonly elementKeyInt: number };

export class AttributePath {
  constructor(readonly steps: readonly PathStep[] = []) {
    Object.freeze(this.steps);
  }
  static root(attributeName: string): AttributePath {
    return new AttributePath([{ attributeName }]);
  }
  attribute(attributeName: string): AttributePath {
    return new AttributePath([...this.steps, { attributeName }]);
  }
  key(elementKeyString: string): AttributePath {
    return new AttributePath([...this.steps, { elementKeyString }]);
  }
  index(elementKeyInt: number): AttributePath {
    return new AttributePath([...this.steps, { elementKeyInt }]);
  }
  /** Terraform's notation: `entries["a"].value`, `items[0]`. */
  toString(): string {
    let text = '';
    for (const step of this.steps) {
      if ('attributeName' in step) text += text ? `.${step.attributeName}` : step.attributeName;
      else if ('elementKeyString' in step) text += `[${JSON.stringify(step.elementKeyString)}]`;
      else text += `[${step.elementKeyInt}]`;
    }
    return text;
  }
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail?: string;
  readonly path?: AttributePath;
}

export class Diagnostics {
  readonly #items: Diagnostic[] = [];

  addError(summary: string, detail?: string, path?: AttributePath): void {
    this.#items.push({ severity: 'error', summary, detail, path });
  }
  addWarning(summary: string, detail?: string, path?: AttributePath): void {
    this.#items.push({ severity: 'warning', summary, detail, path });
  }
  append(other: Diagnostics | readonly Diagnostic[]): void {
    this.#items.push(...(other instanceof Diagnostics ? other.items : other));
  }
  hasError(): boolean {
    return this.#items.some((d) => d.severity === 'error');
  }
  /** A copy, so callers cannot edit the collection behind its back. */
  get items(): Diagnostic[] {
    return [...this.#items];
  }
  get errors(): Diagnostic[] {
    return this.#items.filter((d) => d.severity === 'error');
  }
}
