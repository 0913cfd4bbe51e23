package org.onepool.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.onepool.model.experiment.ExperimentResult;

/** Writes every chart as PNG (for slides) and SVG into charts/, and returns the SVG markup for the report. */
public final class ChartFiles {
    private ChartFiles() {
    }

    static Map<String, String> write(ExperimentResult result, OutputFolder out) throws IOException {
        Map<String, String> svgs = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Chart<?, ?>> e : Charts.all(result).entrySet()) {
            Chart<?, ?> chart = e.getValue();
            Files.write(out.resolve("charts/" + e.getKey() + ".png"), ChartEncoder.getBytes(chart, "png"));
            byte[] svg = ChartEncoder.getBytes(chart, "svg");
            Files.write(out.resolve("charts/" + e.getKey() + ".svg"), svg);
            svgs.put(e.getKey(), inline(new String(svg, StandardCharsets.UTF_8), "c" + n++));
        }
        return svgs;
    }

    /**
     * SVG markup fit to sit inside the HTML: no XML prolog or doctype, ids prefixed so several charts on one
     * page do not share clip paths, and scaled to the page width.
     */
    public static String inline(String svg, String prefix) {
        String body = svg.substring(svg.indexOf("<svg"));
        // Namespace declarations are implied for SVG inside HTML; dropping them leaves no URL in the page.
        body = body.replaceFirst(" xmlns:xlink=\"[^\"]*\"", "").replaceFirst(" xmlns=\"[^\"]*\"", "");
        body = body.replaceAll("id=\"([^\"]+)\"", "id=\"" + prefix + "-$1\"")
                .replaceAll("url\\(#([^)]+)\\)", "url(#" + prefix + "-$1)")
                .replaceAll("href=\"#([^\"]+)\"", "href=\"#" + prefix + "-$1\"");
        return body.replaceFirst("<svg", "<svg class=\"chart\" preserveAspectRatio=\"xMidYMid meet\"");
    }
}
