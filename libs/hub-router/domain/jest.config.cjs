module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'hub-router-domain', rootDir: __dirname };
