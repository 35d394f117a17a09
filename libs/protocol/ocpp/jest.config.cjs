module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'protocol-ocpp', rootDir: __dirname };
