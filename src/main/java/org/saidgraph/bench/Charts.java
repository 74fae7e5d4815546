package org.saidgraph.bench;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Line charts drawn as PNG with JFreeChart, headless. */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** One line: a name and its points (x, y). */
    record Line(String name, List<double[]> points) {
    }

    private Charts() {
    }

    /** Draws {@code lines} into {@code file}, with a logarithmic x axis when {@code logX} (and a log y when asked). */
    static void draw(Path file, String title, String xLabel, String yLabel, List<Line> lines, boolean logX,
                     boolean logY) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (Line line : lines) {
            XYSeries s = series.computeIfAbsent(line.name(), name -> new XYSeries(name, false, true));
            line.points().forEach(p -> s.add(p[0], p[1]));
        }
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
                false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (logX) {
            LogarithmicAxis axis = new LogarithmicAxis(xLabel);
            axis.setAllowNegativesFlag(false);
            plot.setDomainAxis(axis);
        }
        if (logY) {
            LogarithmicAxis axis = new LogarithmicAxis(yLabel);
            axis.setAllowNegativesFlag(false);
            plot.setRangeAxis(axis);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        try {
            Files.createDirectories(file.getParent());
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
