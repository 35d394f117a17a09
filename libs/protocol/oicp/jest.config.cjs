module.exports = { ...require('../../../jest.preset.cjs'), displayName: 'protocol-oicp', rootDir: __dirname };
