/**
 * The outputs of a run and of a budget split: report.html and budget-report.html (jte templates in
 * src/main/jte, compiled into this package at build time, content type Html so every value is escaped by
 * default; the one page shell is page.jte), the charts (XChart, PNG and SVG), summary.json and
 * budget-plan.json (Jackson), cashflows.csv (Commons CSV), workbook.xlsx (POI), the number formats finance
 * officers read, and the output folder written aside and moved into place when complete.
 *
 * <p>May import the model's results and records ({@code org.onepool.model.experiment},
 * {@code .scenario}, {@code .finance} for financial-year labels) and the output libraries; not the
 * workforce simulation or the optimisers, and not the command line ({@code org.onepool.cli}), which uses
 * this package.
 */
package org.onepool.reports;
