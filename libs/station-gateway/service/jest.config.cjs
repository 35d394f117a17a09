module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'station-gateway-service', rootDir: __dirname };
