module.exports = { ...require('../../jest.preset.cjs'), displayName: 'chargemesh', rootDir: __dirname };
