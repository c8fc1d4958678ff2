package dev.sleet.bench.report;

import java.util.List;
import java.util.Map;

/** A Markdown document written top to bottom: headings, paragraphs, lists and tables. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    Markdown bullets(List<String> items) {
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        text.append('\n');
        return this;
    }

    /** A table; the first column is left-aligned, the others right-aligned. */
    Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            rule.append(i == 0 ? "---|" : "---:|");
        }
        text.append(rule).append('\n');
        rows.forEach(this::row);
        text.append('\n');
        return this;
    }

    /** A two-column table of labels and values, both left-aligned. */
    Markdown facts(Map<String, String> facts) {
        text.append("| | |\n|---|---|\n");
        facts.forEach((label, value) -> row(List.of(label, value)));
        text.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
