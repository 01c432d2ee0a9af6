declare module 'fastify' {
  interface FastifyInstance {
    /** Where people reach this server; links in e-mail are built from it, never from `Host`. */
    site: { publicUrl: string | undefined };
  }
}

export {};
