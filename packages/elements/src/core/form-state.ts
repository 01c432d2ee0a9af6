import { fieldErrorsFromIssues } from '@atrium/sdk';
import { ActionController, type Failure } from './action-controller.js';
import { fieldErrorText, type FieldProblem } from './error-text.js';
import type { Translate } from './i18n.js';
import type { PartHost } from './part-host.js';

/** A contract validator (`validators.TicketInput`, …), as far as a form uses it. */
export interface Validator<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Parameters<typeof fieldErrorsFromIssues>[0] } };
}

/**
 * One form's sending: checks the body with the contract's validator, sends it one at a
 * time, keeps the refused fields (the validator's or the server's 400 `errors`) and any
 * other failure, and moves focus to the first refused field (or the form's error).
 */
export class FormState {
  problems: readonly FieldProblem[] = [];
  failure: Failure | null = null;
  readonly #action: ActionController;

  /** `formId`: the form's element id, within which the first refused field is focused. */
  constructor(
    private readonly host: PartHost,
    private readonly formId: string,
  ) {
    this.#action = new ActionController(host);
  }

  get busy(): boolean {
    return this.#action.busy;
  }

  /**
   * Texts of the problems with `field` or with its items (`photoIds.2` counts as `photoIds`);
   * `present` words a problem's params for the reader first (money, points).
   */
  errors(
    t: Translate,
    field: string,
    present: (problem: FieldProblem) => FieldProblem = (problem) => problem,
  ): string[] {
    const texts = this.problems
      .filter((problem) => problem.field === field || problem.field.startsWith(`${field}.`))
      .map((problem) => fieldErrorText(t, present({ ...problem, field })));
    return [...new Set(texts)];
  }

  /** The body when the validator accepts it; else its problems are shown and the result is null. */
  check<T>(validator: Validator<T>, body: unknown): T | null {
    const parsed = validator.safeParse(body);
    if (parsed.success) return parsed.data;
    this.refuse(fieldErrorsFromIssues(parsed.error.issues, body));
    return null;
  }

  /** Refused before sending: the fields named, focus on the first one. */
  refuse(problems: FieldProblem[], failure: Failure | null = null): void {
    this.problems = problems;
    this.failure = failure;
    this.host.requestUpdate();
    this.#focusFirstProblem();
  }

  /** Sends; resolves to the answer, or to null when it failed (the failure is then shown). */
  async send<R>(request: (signal: AbortSignal) => Promise<R>): Promise<R | null> {
    this.clear();
    let answer: R | null = null;
    const failure = await this.#action.run(async (signal) => (answer = await request(signal)));
    if (failure && failure.code !== 'aborted') {
      const fieldErrors = 'fieldErrors' in failure ? (failure.fieldErrors as FieldProblem[]) : [];
      this.refuse(fieldErrors, failure);
    }
    return failure ? null : answer;
  }

  clear(): void {
    this.problems = [];
    this.failure = null;
    this.host.requestUpdate();
  }

  /** The first refused field, else the form's error (when it can take the focus). */
  #focusFirstProblem(): void {
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const target =
        root.querySelector<HTMLElement>(`#${this.formId} [aria-invalid="true"]`) ??
        root.querySelector<HTMLElement>(`#${this.formId} [part="form-error"]`);
      target?.focus();
    });
  }
}
