import type { ReactiveControllerHost } from 'lit';

/**
 * A widget as its parts (lists, views, forms, downloads) use it: they ask it to update, send
 * its events, and find their controls in its shadow root.
 */
export type PartHost = ReactiveControllerHost & EventTarget & { renderRoot: ParentNode & Node };
