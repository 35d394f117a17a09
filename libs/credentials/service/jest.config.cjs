module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'credentials-service', rootDir: __dirname };
