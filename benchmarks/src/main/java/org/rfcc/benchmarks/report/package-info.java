/** RFCC's part of the report (plots, headline tables, stage times, rules, key series), behind the report seam. */
package org.rfcc.benchmarks.report;
