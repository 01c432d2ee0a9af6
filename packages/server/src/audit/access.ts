import { requireCompanyAdmin } from '../auth/company-admin.js';

/** The log shows who changed what: managers and directors read it, anyone else gets 403. */
export const requireAuditReader = requireCompanyAdmin;
