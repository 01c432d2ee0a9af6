import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type SessionInfo = Schemas['SessionInfo'];
export type SessionPage = Schemas['SessionPage'];
export type SignInRequest = Schemas['SignInRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type PasswordResetCompletion = Schemas['PasswordResetCompletion'];
export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type UnitLink = Schemas['UnitLink'];
export type Branding = Schemas['Branding'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type Locale = Schemas['Locale'];
export type Health = Schemas['Health'];
export type Problem = Schemas['Problem'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldError = Schemas['FieldError'];
export type FieldErrorCode = Schemas['FieldErrorCode'];
export type SessionsQuery = NonNullable<operations['listSessions']['parameters']['query']>;

/** An HTTP method the contract uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A contract path and one of its methods that the contract defines. */
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;
type SuccessStatus = 200 | 201 | 202 | 204;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** What a successful answer of the operation carries (undefined for 202/204). */
export type SuccessBody<P extends keyof paths, M extends Method> = {
  [S in keyof Responses<Operation<P, M>>]: S extends SuccessStatus
    ? JsonOf<Responses<Operation<P, M>>[S]>
    : never;
}[keyof Responses<Operation<P, M>>];

/** The JSON request body of the operation. */
export type JsonBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters of the operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never;

/** The path parameters of the operation. */
export type PathParamsOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { path: infer A } } ? A : never;
