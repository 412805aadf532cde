/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, as the very last line of a run
 * (after jest's own summary), so CI and anyone scanning a log read the totals without parsing jest.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = results;
    process.once('exit', () => process.stderr.write(`${passed} passed, ${failed} failed, ${skipped + todo} skipped\n`));
  }
}
module.exports = SummaryReporter;
