// Writes each Jest run's totals to tmp/test-results/, so tools/run-tests.mjs can print one
// closing "N passed, N failed" line for the whole workspace after Nx has run every project.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, '../../tmp/test-results');
    fs.mkdirSync(dir, { recursive: true });
    const name = path.relative(path.resolve(__dirname, '../..'), this.rootDir).replace(/[\\/]/g, '__') || 'root';
    const summary = { project: name, passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests + results.numTodoTests };
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
