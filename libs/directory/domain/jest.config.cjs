module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'directory-domain', rootDir: __dirname };
