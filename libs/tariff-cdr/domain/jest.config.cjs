module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'tariff-cdr-domain', rootDir: __dirname };
