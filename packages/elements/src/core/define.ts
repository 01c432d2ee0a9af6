/**
 * Registers `ctor` as `tag` unless the tag is taken. Two bundles (or two versions of the
 * library) on one page must not throw `NotSupportedError`: the first definition wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
