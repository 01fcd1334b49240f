package org.jindu;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a report's JSON with an expected JSON written by hand: every field present in the
 * expected file must be equal in the actual one; a field left out of the expected file is not
 * compared. Arrays must have the same length. All differences are listed at once.
 */
public final class ExpectedJson {
    private ExpectedJson() {
    }

    public static void assertMatches(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        if (!differences.isEmpty())
            fail(differences.size() + " difference(s) from the expected JSON:\n" + String.join("\n", differences));
    }

    /** The differences, for tests that check the comparison itself. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": missing, expected " + brief(expected));
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": expected an object, got " + brief(actual));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                out.add(path + ": expected an array, got " + brief(actual));
                return;
            }
            if (expected.size() != actual.size())
                out.add(path + ": expected " + expected.size() + " elements, got " + actual.size());
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++)
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0)
                out.add(path + ": expected " + expected + ", got " + actual);
        } else if (!expected.equals(actual)) {
            out.add(path + ":\n    expected " + brief(expected) + "\n    actual   " + brief(actual));
        }
    }

    private static String brief(JsonNode node) {
        String s = node == null ? "nothing" : node.toString();
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
