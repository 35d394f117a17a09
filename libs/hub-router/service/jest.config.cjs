module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'hub-router-service', rootDir: __dirname };
