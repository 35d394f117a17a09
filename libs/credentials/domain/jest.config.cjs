module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'credentials-domain', rootDir: __dirname };
