// End-to-end OCPI routing tests: several ChargeMesh instances (namespaces) and independent OCPI peers, real HTTP, the real NATS and Postgres.
module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'hub-router-e2e', rootDir: __dirname, testTimeout: 120_000 };
