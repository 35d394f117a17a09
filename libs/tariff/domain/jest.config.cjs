module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'tariff-domain', rootDir: __dirname };
