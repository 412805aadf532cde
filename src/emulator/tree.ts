/**
 * The navigable tree of API paths (`/api`, `/api/configuration`, `/api/configuration/policies`, …),
 * built from the kinds' endpoints plus the fixed non-configuration endpoints. Directories list their
 * children; every node gets the documented sibling links (first/last/next/previous).
 */
export class EndpointTree {
  readonly #children = new Map<string, string[]>();

  /**
   * `order`: children of a directory in a given order (a twin's, as the appliance listed them);
   * any child it does not name follows, alphabetically. Without it, every directory is alphabetical.
   */
  constructor(leaves: readonly string[], order: ReadonlyMap<string, readonly string[]> = new Map()) {
    for (const leaf of leaves) {
      const segs = leaf.split('/').filter(Boolean);
      for (let i = 1; i < segs.length; i++) {
        const parent = '/' + segs.slice(0, i).join('/');
        const list = this.#children.get(parent) ?? [];
        if (!list.includes(segs[i])) list.push(segs[i]);
        this.#children.set(parent, list);
      }
    }
    for (const [dir, list] of this.#children) {
      const given = order.get(dir) ?? [];
      const rank = (name: string) => (given.includes(name) ? given.indexOf(name) : given.length);
      list.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    }
  }

  /** Child names of a directory, or undefined when `path` is not a directory. */
  children(path: string): readonly string[] | undefined {
    return this.#children.get(path);
  }

  /** `first/last/next/previous` among the node's siblings (null at the ends), or {} off the tree. */
  siblings(path: string): Record<string, string | null> {
    const parent = parentOf(path);
    const names = parent ? this.#children.get(parent) : undefined;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const at = names?.indexOf(name) ?? -1;
    if (!names || !parent || at < 0) return {};
    const href = (i: number) => (i >= 0 && i < names.length ? `${parent}/${names[i]}` : null);
    return { first: href(0), last: href(names.length - 1), next: href(at + 1), previous: href(at - 1) };
  }
}

export function parentOf(path: string): string | null {
  const i = path.lastIndexOf('/');
  return i <= 0 ? null : path.slice(0, i);
}
