import type { Scopes } from '../db/scope.js';
import type { DemoTenant } from './data.js';
import { tenantToSeed } from './once.js';

/**
 * How a demo tenant is paid: the payee's bank details on its property (FIN-3) and its payment
 * types (FIN-2, FIN-5). Once per tenant, so a manager's later changes stay; a database seeded
 * before payments existed gets them on its next start.
 */
export async function seedDemoPaymentSetup(db: Scopes, tenant: DemoTenant): Promise<void> {
  await db.withSystem(async (sql) => {
    const tenantId = await tenantToSeed(sql, tenant.slug, 'payment_types');
    if (!tenantId) return;
    const { payee, name } = tenant.property;
    await sql.query(
      `UPDATE properties
          SET bank_account = $3, bank_name = $4, bank_code = $5, correspondent_account = $6,
              tax_id = $7
        WHERE tenant_id = $1 AND name = $2 AND bank_account IS NULL`,
      [
        tenantId,
        name,
        payee.bankAccount,
        payee.bankName,
        payee.bankCode,
        payee.correspondentAccount ?? null,
        payee.taxId,
      ],
    );
    await sql.query(
      `INSERT INTO payment_types (tenant_id, name, kind, loyalty_program, loyalty_currency,
                                 point_value, max_percent)
       SELECT $1, t.name, t.kind, t."loyaltyProgram", t."loyaltyCurrency", t."pointValue",
              coalesce(t."maxPercent", 0)
         FROM json_to_recordset($2::json) AS t(name text, kind text, "loyaltyProgram" text,
              "loyaltyCurrency" text, "pointValue" integer, "maxPercent" integer)`,
      [tenantId, JSON.stringify(tenant.paymentTypes)],
    );
  });
}
