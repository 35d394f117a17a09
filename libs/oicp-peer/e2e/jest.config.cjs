module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'oicp-peer-e2e', rootDir: __dirname };
