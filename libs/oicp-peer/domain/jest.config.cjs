module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'oicp-peer-domain', rootDir: __dirname };
