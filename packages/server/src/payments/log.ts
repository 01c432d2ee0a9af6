/** Where payments report what a person must look into; a Fastify logger is one. */
export interface Log {
  error(details: object, message: string): void;
}
