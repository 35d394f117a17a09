module.exports = { ...require('../../jest.preset.cjs'), displayName: 'admin-cli', rootDir: __dirname };
