package org.onepool.reports;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.onepool.model.data.BacktestResult;
import org.onepool.model.scenario.input.ScenarioLoader;

/** Writes a back-test: backtest.json, backtest.html (the report section, standing alone) and its charts. */
public final class BacktestFiles {
    private BacktestFiles() {
    }

    /**
     * @param inSample whether the scenario's rates were fitted on the same years the back-test scores
     */
    public static void writeAll(BacktestResult result, boolean inSample, OutputFolder out) throws IOException {
        ScenarioLoader.json().copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("backtest.json").toFile(), result);
        Map<String, String> svgs = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, XYChart> e : BacktestCharts.all(result).entrySet()) {
            Files.write(out.resolve("charts/" + e.getKey() + ".png"), ChartEncoder.getBytes(e.getValue(), "png"));
            byte[] svg = ChartEncoder.getBytes(e.getValue(), "svg");
            Files.write(out.resolve("charts/" + e.getKey() + ".svg"), svg);
            svgs.put(e.getKey(), ChartFiles.inline(new String(svg, StandardCharsets.UTF_8), "b" + n++));
        }
        Files.writeString(out.resolve("backtest.html"), BacktestHtml.page(result, inSample, svgs, LocalDate.now()));
    }
}
