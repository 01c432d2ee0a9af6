import type { ReactiveControllerHost } from 'lit';

/** The widget, as its parts use it: updates, and the shadow root they find their controls in. */
export type VotingHost = ReactiveControllerHost & EventTarget & { renderRoot: ParentNode & Node };
