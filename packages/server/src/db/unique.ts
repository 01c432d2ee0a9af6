/** Whether a query failed on the named UNIQUE constraint (a value taken, maybe meanwhile). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { code?: string; constraint?: string };
  return failure.code === '23505' && failure.constraint === constraint;
}
