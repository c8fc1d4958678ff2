package dev.sleet.codegen.processor;

import java.util.HashMap;
import java.util.Map;

/** A record's javadoc split into its description and its {@code @param} texts, for the generated javadoc. */
record DocComments(String description, Map<String, String> params) {

    static DocComments parse(String doc) {
        if (doc == null) {
            return new DocComments("", Map.of());
        }
        Map<String, String> params = new HashMap<>();
        StringBuilder description = new StringBuilder();
        String currentParam = null;
        StringBuilder currentText = new StringBuilder();
        boolean inTags = false;
        for (String raw : doc.lines().toList()) {
            String line = raw.trim();
            if (line.startsWith("@")) {
                inTags = true;
                if (currentParam != null) {
                    params.put(currentParam, currentText.toString().trim());
                }
                currentParam = null;
                currentText.setLength(0);
                if (line.startsWith("@param ")) {
                    String[] parts = line.substring(7).trim().split("\\s+", 2);
                    currentParam = parts[0];
                    currentText.append(parts.length > 1 ? parts[1] : "");
                }
            } else if (inTags) {
                currentText.append(' ').append(line);
            } else {
                description.append(line).append('\n');
            }
        }
        if (currentParam != null) {
            params.put(currentParam, currentText.toString().trim());
        }
        return new DocComments(description.toString().trim(), Map.copyOf(params));
    }

    /** The javadoc of a component, or empty. */
    String param(String name) {
        return params.getOrDefault(name, "");
    }
}
