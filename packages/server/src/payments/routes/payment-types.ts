import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { requireCompanyAdmin } from '../../auth/company-admin.js';
import { asViewer, isStaff } from '../../people/viewer.js';
import { requireAccountHolder } from '../access.js';
import {
  findPaymentType,
  insertPaymentType,
  listPaymentTypes,
  updatePaymentType,
} from '../payment-types/repository.js';
import { fieldsAfterChange, fieldsOfInput } from '../payment-types/rules.js';
import type { PaymentTypeChange, PaymentTypeInput } from '../types.js';
import { onceUnderKey } from '../../idempotency/once.js';

/**
 * The tenant's payment types (FIN-2, FIN-5): GET /payment-types (owners and residents see the
 * enabled ones, staff all), POST to add one and PATCH /payment-types/:id to change one
 * (managers and directors). A type is never deleted, since payments name it.
 */
export async function paymentTypesRoutes(app: FastifyInstance) {
  app.get(
    '/payment-types',
    { schema: routeSchema('listPaymentTypes'), preHandler: app.authenticate },
    async (request) => {
      const items = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireAccountHolder(viewer);
        return listPaymentTypes(sql, { tenantId, enabledOnly: !isStaff(viewer) });
      });
      return { items };
    },
  );

  app.post<{ Body: PaymentTypeInput }>(
    '/payment-types',
    { schema: routeSchema('createPaymentType'), preHandler: app.authenticate },
    async (request, reply) => {
      const type = await asViewer(app, request, async (sql, viewer, tenantId) => {
        // payment types are the management's to set, not accountants'
        requireCompanyAdmin(viewer);
        const paymentTypeId = await onceUnderKey(sql, request, async () => {
          const fields = fieldsOfInput(request.body);
          return (await insertPaymentType(sql, { tenantId, fields })).id;
        });
        const made = await findPaymentType(sql, { tenantId, paymentTypeId });
        if (!made) throw new Error('a payment type just made is missing');
        return made;
      });
      return reply.code(201).send(type);
    },
  );

  app.patch<{ Params: { paymentTypeId: string }; Body: PaymentTypeChange }>(
    '/payment-types/:paymentTypeId',
    { schema: routeSchema('updatePaymentType'), preHandler: app.authenticate },
    async (request) =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        requireCompanyAdmin(viewer);
        const { paymentTypeId } = request.params;
        const type = await findPaymentType(sql, { tenantId, paymentTypeId, lock: 'update' });
        if (!type) throw notFound();
        const fields = fieldsAfterChange(type, request.body);
        await updatePaymentType(sql, { tenantId, paymentTypeId, fields });
        return { id: paymentTypeId, ...fields };
      }),
  );
}
