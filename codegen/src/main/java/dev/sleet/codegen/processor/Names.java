package dev.sleet.codegen.processor;

import java.util.Locale;

/** How Java names become SQL names and generated names, and back. */
final class Names {

    private Names() {}

    /** {@code displayName} → {@code display_name}, {@code userID} → {@code user_id}, {@code URLPath} → {@code url_path}. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower =
                        i > 0 && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)));
                boolean endOfAcronym = i > 0
                        && Character.isUpperCase(camel.charAt(i - 1))
                        && i + 1 < camel.length()
                        && Character.isLowerCase(camel.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code display_name} → {@code DISPLAY_NAME}; characters a Java name cannot hold become underscores. */
    static String constant(String snake) {
        String name = snake.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** {@code rate_buckets} → {@code RateBuckets}. */
    static String pascalCase(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        String name = out.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "T" + name : name;
    }

    /** The table class's simple name: the table name in PascalCase, with {@code Table} added if it is the record's. */
    static String tableClass(String tableName, String recordSimpleName) {
        String name = pascalCase(tableName);
        return name.equals(recordSimpleName) ? name + "Table" : name;
    }
}
