module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'protocol-ocpi', rootDir: __dirname };
