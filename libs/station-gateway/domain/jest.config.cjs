module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'station-gateway-domain', rootDir: __dirname };
