// End-to-end OCPI registration tests: several ChargeMesh instances (namespaces) on the real NATS and Postgres.
module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'credentials-e2e', rootDir: __dirname, testTimeout: 120_000 };
