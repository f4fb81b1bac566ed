package dev.claudemigrate.eval.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** A small grouped bar chart drawn as inline SVG, so the HTML report needs no script or network. */
final class SvgChart {
  /** One bar. */
  record Bar(String series, double value, String color) {}

  /** The bars of one model, labelled by its role and (smaller, below) its ID. */
  record Group(String label, String detail, List<Bar> bars) {}

  private static final int WIDTH = 520;
  private static final int HEIGHT = 280;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 44;
  private static final int BOTTOM = 64;

  private SvgChart() {}

  static String render(String title, List<Group> groups, DoubleFunction<String> label) {
    double max =
        groups.stream().flatMap(g -> g.bars().stream()).mapToDouble(Bar::value).max().orElse(0);
    // Headroom above the tallest bar keeps its value label clear of the legend.
    double top = niceCeiling(max * 1.12);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\">");
    s.append(text(WIDTH / 2.0, 22, "middle", "title", title));
    for (int i = 0; i <= 4; i++) {
      double v = top * i / 4;
      double y = TOP + plotH - plotH * i / 4.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>",
              LEFT,
              WIDTH - RIGHT,
              y,
              y));
      s.append(text(LEFT - 6, y + 4, "end", "tick", label.apply(v)));
    }
    double groupW = (double) plotW / Math.max(1, groups.size());
    for (int g = 0; g < groups.size(); g++) {
      bars(s, groups.get(g), LEFT + g * groupW, groupW, top, plotH, label);
    }
    legend(s, groups.isEmpty() ? List.of() : groups.get(0).bars());
    return s.append("</svg>").toString();
  }

  private static void bars(
      StringBuilder s,
      Group group,
      double x0,
      double groupW,
      double top,
      int plotH,
      DoubleFunction<String> label) {
    int n = group.bars().size();
    double barW = Math.min(64, groupW * 0.7 / Math.max(1, n));
    double start = x0 + (groupW - barW * n) / 2;
    for (int i = 0; i < n; i++) {
      Bar b = group.bars().get(i);
      double h = top == 0 ? 0 : plotH * b.value() / top;
      double x = start + i * barW;
      double y = TOP + plotH - h;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
              x + 2,
              y,
              barW - 4,
              h,
              b.color(),
              Html.esc(
                  group.label()
                      + " "
                      + group.detail()
                      + " "
                      + b.series()
                      + ": "
                      + label.apply(b.value()))));
      s.append(text(x + barW / 2, y - 5, "middle", "value", label.apply(b.value())));
    }
    s.append(text(x0 + groupW / 2, TOP + plotH + 18, "middle", "group", group.label()));
    s.append(
        text(x0 + groupW / 2, TOP + plotH + 32, "middle", "tick", Fmt.cut(group.detail(), 36)));
  }

  private static void legend(StringBuilder s, List<Bar> series) {
    if (series.size() < 2) {
      return;
    }
    // Top right, clear of the title and of the labels under the bars.
    double x = WIDTH - RIGHT - 60.0 * series.size();
    for (Bar b : series) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"30\" width=\"10\" height=\"10\" fill=\"%s\"/>",
              x,
              b.color()));
      s.append(text(x + 14, 39, "start", "tick", b.series()));
      x += 60;
    }
  }

  private static String text(double x, double y, String anchor, String cls, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
        x,
        y,
        anchor,
        cls,
        Html.esc(content));
  }

  /**
   * The smallest round number at or above {@code v} whose quarters are round too (1 for nothing).
   */
  static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 1.2, 1.6, 2, 3, 4, 6, 8, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
