// End-to-end tests of tariffs, sessions and CDRs with the real directory, station gateway (ocpp-rpc strict stations) and hub router of one platform.
module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'tariff-cdr-e2e', rootDir: __dirname, testTimeout: 120_000 };
