module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'tariff-cdr-service', rootDir: __dirname };
