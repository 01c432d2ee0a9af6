import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import type { Scopes } from '../db/scope.js';
import { saveAgentReport } from '../reports/repository.js';
import { formatMoney, monthTitle } from '../reports/statement/figures.js';

const require = createRequire(import.meta.url);
const font = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

// The operator's commission in the demo: 20 % of accommodation revenue.
const commissionPercent = 20n;

interface AgentReportFacts {
  tenantName: string;
  unitNumber: string;
  month: string;
  currency: string;
  accommodation: number;
  extras: number;
}

/** A small agent report as the operator's accounting system would produce it (OWN-5). */
function agentReportPdf(facts: AgentReportFacts): Promise<Buffer> {
  const commission = Number((BigInt(facts.accommodation) * commissionPercent) / 100n);
  const money = (minor: number) => formatMoney(minor, facts.currency, 'ru');
  const doc = new PDFDocument({ size: 'A4', margin: 56, font, lang: 'ru' });
  const parts: Buffer[] = [];
  doc.on('data', (part: Buffer) => parts.push(part));
  doc.fontSize(16).text('Отчёт агента');
  doc.fontSize(11).moveDown(0.5).text(facts.tenantName);
  doc.text(`Апартаменты ${facts.unitNumber}, ${monthTitle(facts.month, 'ru')}`).moveDown();
  for (const [label, value] of [
    ['Выручка от проживания', money(facts.accommodation)],
    ['Дополнительные услуги', money(facts.extras)],
    [`Вознаграждение агента (${commissionPercent} %)`, money(commission)],
    ['К перечислению собственнику', money(facts.accommodation + facts.extras - commission)],
  ] as const) {
    doc.text(`${label}: ${value}`);
  }
  doc.end();
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(parts))));
}

/**
 * Agent reports for the demo owner's two newest completed months, uploaded as if by the
 * manager, so the reports widget shows both kinds of document. Only once.
 */
export async function seedDemoAgentReports(db: Scopes, slug: string): Promise<void> {
  const due = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<
      AgentReportFacts & { tenantId: string; ownerId: string; managerId: string; unitId: string }
    >(
      `SELECT t.id AS "tenantId", t.name AS "tenantName", t.currency, o.id AS "ownerId",
              m.id AS "managerId", u.id AS "unitId", u.number AS "unitNumber",
              to_char(s.month, 'YYYY-MM') AS month,
              s.accommodation_revenue::int AS accommodation, s.extras_revenue::int AS extras
         FROM tenants t
         JOIN people o ON o.tenant_id = t.id AND o.email = 'irina@nevsky-apart.example'
         JOIN people m ON m.tenant_id = t.id AND m.email = 'petr@nevsky-apart.example'
         JOIN person_units pu ON pu.person_id = o.id AND pu.role = 'owner'
         JOIN units u ON u.id = pu.unit_id
         JOIN stats_monthly s ON s.unit_id = u.id
        WHERE t.slug = $1
          AND s.month >= (SELECT max(month) FROM stats_monthly WHERE tenant_id = t.id) - interval '1 month'
          AND NOT EXISTS (SELECT 1 FROM agent_reports r WHERE r.tenant_id = t.id)
        ORDER BY u.number, s.month`,
      [slug],
    );
    return rows;
  });
  for (const facts of due) {
    const pdf = await agentReportPdf(facts);
    await db.withTenant(facts.tenantId, (sql) =>
      saveAgentReport(sql, {
        tenantId: facts.tenantId,
        ownerId: facts.ownerId,
        unitId: facts.unitId,
        month: facts.month,
        format: 'pdf',
        fileName: `Отчёт агента ${facts.unitNumber} ${facts.month}.pdf`,
        uploadedBy: facts.managerId,
        file: { chunks: [pdf], size: pdf.length },
      }),
    );
  }
}
