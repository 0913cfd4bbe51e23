package org.onepool.reports;

/** The report's stylesheet, inline so the page stands alone; A4 print rules included. */
final class ReportStyle {
    static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6673; --rule: #d9dee4; --accent: #0072B2; --warn: #D55E00; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f4f6f8; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
            header h1 { font-size: 30px; margin: 4px 0 8px; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: 600; margin: 0; }
            .lede { font-size: 17px; margin: 0 0 6px; }
            .meta, .note { color: var(--muted); }
            section { margin-top: 28px; }
            h2 { font-size: 22px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
            h3 { font-size: 17px; margin: 16px 0 6px; }
            .boxes { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 14px; }
            .box { border: 1px solid var(--rule); border-top: 5px solid var(--accent); border-radius: 4px; padding: 12px 14px; }
            .box h3 { margin-top: 0; }
            .big { font-size: 30px; font-weight: 700; margin: 0; }
            .box dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0 0; }
            .box dt { color: var(--muted); }
            .box dd { margin: 0; font-weight: 600; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-variant-numeric: tabular-nums; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            thead th { background: #eef2f6; }
            td { text-align: right; }
            table.register td { text-align: left; }
            tr.flagged, tr.outside { background: #fde8dd; }
            tr.flagged td:last-child { color: var(--warn); font-weight: 700; }
            code { font-size: 12px; color: var(--muted); word-break: break-all; }
            figure { margin: 10px 0; }
            svg.chart { width: 100%; height: auto; display: block; }
            .stamp { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
            .stamp dd { margin: 0; }
            @media print {
              @page { size: A4; margin: 14mm 12mm; }
              body { background: #fff; font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              section { break-inside: auto; }
              #fan-chart, #by-year, #by-category, #partners, #workforce, #tornado, #assumptions { break-before: page; }
              figure, tr, .box { break-inside: avoid; }
              h2, h3, .note { break-after: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private ReportStyle() {
    }
}
