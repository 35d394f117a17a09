module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'oicp-peer-service', rootDir: __dirname };
