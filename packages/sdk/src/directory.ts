import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Send } from './http.js';
import type {
  AccountChange,
  AccountInput,
  DirectoryAccount,
  DirectoryPerson,
  DirectoryPersonPage,
  LinkInput,
  PeopleQuery,
  PersonChange,
  PersonInput,
  PropertiesQuery,
  Property,
  PropertyChange,
  PropertyGroup,
  PropertyGroupChange,
  PropertyGroupInput,
  PropertyGroupPage,
  PropertyGroupsQuery,
  PropertyInput,
  PropertyPage,
  Quarter,
  QuarterChange,
  QuarterInput,
  QuarterPage,
  QuartersQuery,
  Unit,
  UnitChange,
  UnitInput,
  UnitPage,
  UnitsQuery,
} from './types.js';

/** The list, create, read and change calls of one kind of directory entry. */
export interface EntriesApi<Entry, Page, Query, Input, Change> {
  list(query?: Query, opts?: CallOptions): Promise<Page>;
  create(body: Input, opts?: KeyedCallOptions): Promise<Entry>;
  get(id: string, opts?: CallOptions): Promise<Entry>;
  /** Changes the fields sent; `active: false` deactivates (nothing is deleted, AUTH-4). */
  update(id: string, body: Change, opts?: CallOptions): Promise<Entry>;
}

/**
 * The management company's directory (DIR-1..3, AUTH-1, AUTH-4): staff read it, managers
 * and directors change it.
 */
export interface DirectoryApi {
  groups: EntriesApi<
    PropertyGroup,
    PropertyGroupPage,
    PropertyGroupsQuery,
    PropertyGroupInput,
    PropertyGroupChange
  >;
  quarters: EntriesApi<Quarter, QuarterPage, QuartersQuery, QuarterInput, QuarterChange>;
  properties: EntriesApi<Property, PropertyPage, PropertiesQuery, PropertyInput, PropertyChange>;
  units: EntriesApi<Unit, UnitPage, UnitsQuery, UnitInput, UnitChange> & {
    /** Opens an account (a personal account number) for the unit. */
    openAccount(
      unitId: string,
      body: AccountInput,
      opts?: KeyedCallOptions,
    ): Promise<DirectoryAccount>;
    /** Sets the roles (and ownership share) a person holds for the unit. */
    link(unitId: string, personId: string, body: LinkInput, opts?: CallOptions): Promise<Unit>;
    /** Ends every role the person holds for the unit. */
    unlink(unitId: string, personId: string, opts?: CallOptions): Promise<Unit>;
  };
  accounts: {
    /** Renumbers, closes (`active: false`) or reopens an account. */
    update(accountId: string, body: AccountChange, opts?: CallOptions): Promise<DirectoryAccount>;
  };
  people: EntriesApi<
    DirectoryPerson,
    DirectoryPersonPage,
    PeopleQuery,
    PersonInput,
    PersonChange
  > & {
    /** Grants portal access: the person is e-mailed a link to set their password (AUTH-1). */
    grantAccess(personId: string, opts?: CallOptions): Promise<DirectoryPerson>;
    /** Takes portal access away and signs the person out everywhere. */
    revokeAccess(personId: string, opts?: CallOptions): Promise<DirectoryPerson>;
  };
}

export function createDirectory(send: Send): DirectoryApi {
  // Each call spelled out, so every path, body and answer is checked against the contract.
  return {
    groups: {
      list: (query, opts) =>
        send({ method: 'get', path: '/property-groups', query, auth: true, signal: opts?.signal }),
      create: (body, opts) =>
        send({
          method: 'post',
          path: '/property-groups',
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      get: (groupId, opts) =>
        send({
          method: 'get',
          path: '/property-groups/{groupId}',
          pathParams: { groupId },
          auth: true,
          signal: opts?.signal,
        }),
      update: (groupId, body, opts) =>
        send({
          method: 'patch',
          path: '/property-groups/{groupId}',
          pathParams: { groupId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
    },
    quarters: {
      list: (query, opts) =>
        send({ method: 'get', path: '/quarters', query, auth: true, signal: opts?.signal }),
      create: (body, opts) =>
        send({
          method: 'post',
          path: '/quarters',
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      get: (quarterId, opts) =>
        send({
          method: 'get',
          path: '/quarters/{quarterId}',
          pathParams: { quarterId },
          auth: true,
          signal: opts?.signal,
        }),
      update: (quarterId, body, opts) =>
        send({
          method: 'patch',
          path: '/quarters/{quarterId}',
          pathParams: { quarterId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
    },
    properties: {
      list: (query, opts) =>
        send({ method: 'get', path: '/properties', query, auth: true, signal: opts?.signal }),
      create: (body, opts) =>
        send({
          method: 'post',
          path: '/properties',
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      get: (propertyId, opts) =>
        send({
          method: 'get',
          path: '/properties/{propertyId}',
          pathParams: { propertyId },
          auth: true,
          signal: opts?.signal,
        }),
      update: (propertyId, body, opts) =>
        send({
          method: 'patch',
          path: '/properties/{propertyId}',
          pathParams: { propertyId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
    },
    units: {
      list: (query, opts) =>
        send({ method: 'get', path: '/units', query, auth: true, signal: opts?.signal }),
      create: (body, opts) =>
        send({
          method: 'post',
          path: '/units',
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      get: (unitId, opts) =>
        send({
          method: 'get',
          path: '/units/{unitId}',
          pathParams: { unitId },
          auth: true,
          signal: opts?.signal,
        }),
      update: (unitId, body, opts) =>
        send({
          method: 'patch',
          path: '/units/{unitId}',
          pathParams: { unitId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
      openAccount: (unitId, body, opts) =>
        send({
          method: 'post',
          path: '/units/{unitId}/accounts',
          pathParams: { unitId },
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      link: (unitId, personId, body, opts) =>
        send({
          method: 'put',
          path: '/units/{unitId}/people/{personId}',
          pathParams: { unitId, personId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
      unlink: (unitId, personId, opts) =>
        send({
          method: 'delete',
          path: '/units/{unitId}/people/{personId}',
          pathParams: { unitId, personId },
          auth: true,
          signal: opts?.signal,
        }),
    },
    accounts: {
      update: (accountId, body, opts) =>
        send({
          method: 'patch',
          path: '/accounts/{accountId}',
          pathParams: { accountId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
    },
    people: {
      list: (query, opts) =>
        send({ method: 'get', path: '/people', query, auth: true, signal: opts?.signal }),
      create: (body, opts) =>
        send({
          method: 'post',
          path: '/people',
          json: body,
          auth: true,
          idempotencyKey: opts?.idempotencyKey ?? true,
          signal: opts?.signal,
        }),
      get: (personId, opts) =>
        send({
          method: 'get',
          path: '/people/{personId}',
          pathParams: { personId },
          auth: true,
          signal: opts?.signal,
        }),
      update: (personId, body, opts) =>
        send({
          method: 'patch',
          path: '/people/{personId}',
          pathParams: { personId },
          json: body,
          auth: true,
          signal: opts?.signal,
        }),
      // Not retried on its own: each grant e-mails a fresh link and voids the earlier ones.
      grantAccess: (personId, opts) =>
        send({
          method: 'post',
          path: '/people/{personId}/portal-access',
          pathParams: { personId },
          auth: true,
          signal: opts?.signal,
        }),
      revokeAccess: (personId, opts) =>
        send({
          method: 'delete',
          path: '/people/{personId}/portal-access',
          pathParams: { personId },
          auth: true,
          signal: opts?.signal,
        }),
    },
  };
}
