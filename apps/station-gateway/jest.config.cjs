module.exports = { ...require('../../jest.preset.cjs'), displayName: 'station-gateway', rootDir: __dirname };
