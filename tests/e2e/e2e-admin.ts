/** The admin that the e2e global setup creates through ADMIN_EMAIL / ADMIN_PASSWORD. */
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };
