import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (19 MiB, 2 passes): about 60 ms here.
const options = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, options);

// Verified instead of a missing hash, so an unknown e-mail takes as long as a wrong password.
const dummyHash = hashPassword('atrium-dummy-password-for-equal-timing');

/** True only when the person has a password and this is it. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const matches = await verify(stored ?? (await dummyHash), password).catch(() => false);
  return stored !== null && matches;
}
