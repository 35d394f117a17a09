module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'directory-service', rootDir: __dirname };
