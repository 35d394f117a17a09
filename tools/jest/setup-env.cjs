// Every test process runs as NODE_ENV=test, which switches on the "database name must contain test" guard.
process.env.NODE_ENV = 'test';
require('reflect-metadata');
