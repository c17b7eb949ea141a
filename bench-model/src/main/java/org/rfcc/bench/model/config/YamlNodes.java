package org.rfcc.bench.model.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reads of SnakeYAML nodes for one file. Every failure is a {@link ConfigException} with
 * the line of the node, its key path and what was expected instead.
 */
final class YamlNodes {
    /** The key path shown for the document itself. */
    static final String TOP = "(top level)";

    /** What a threshold looks like, for messages. */
    static final String POSITIVE_NUMBER = "a positive number";
    /** What a boolean looks like, for messages. */
    static final String BOOLEAN = "true or false";

    private static final int SHOWN_LENGTH = 40;
    private static final Pattern PERCENTAGE = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(%?)");

    private final String file;
    private final ScalarValues values = new ScalarValues();

    YamlNodes(String file) {
        this.file = file;
    }

    /** An error about {@code node}, reported at its first line. */
    ConfigException error(Node node, String path, String problem, String expected) {
        return new ConfigException(file, node.getStartMark().getLine() + 1, path, problem, expected);
    }

    /** An error saying that {@code node} has the wrong kind of value. */
    ConfigException wrongType(Node node, String path, String expected) {
        return error(node, path, describe(node), expected);
    }

    /** Fails on keys that are not plain scalars, on duplicate keys and on aliases that contain themselves. */
    void checkKeys(Node node, String path) {
        checkKeys(node, path, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void checkKeys(Node node, String path, Set<Node> ancestors) {
        if (!ancestors.add(node)) {
            throw error(node, path, "an alias refers to its own ancestor", "data without recursive aliases");
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw error(tuple.getKeyNode(), path, "a key is a list or a mapping", "plain key names");
                }
                String child = child(path, key.getValue());
                Node first = seen.putIfAbsent(key.getValue(), key);
                if (first != null) {
                    String firstLine = "line " + (first.getStartMark().getLine() + 1);
                    throw error(key, child, "the key appears twice (first on " + firstLine + ")", "each key once");
                }
                checkKeys(tuple.getValueNode(), child, ancestors);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                checkKeys(items.get(i), item(path, i), ancestors);
            }
        }
        ancestors.remove(node);
    }

    /** The key path of {@code key} below {@code path}. */
    static String child(String path, String key) {
        String name = escape(key);
        return path.isEmpty() || path.equals(TOP) ? name : path + "." + name;
    }

    /** The key path of list item {@code index} of {@code path}. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The items of a list of {@code plural}; an empty list fails unless {@code emptyAllowed}. */
    List<Node> list(Node node, String path, String plural, boolean emptyAllowed) {
        if (!(node instanceof SequenceNode sequence)) {
            throw wrongType(node, path, "a list of " + plural);
        }
        if (sequence.getValue().isEmpty() && !emptyAllowed) {
            throw error(node, path, "the list is empty", "a non-empty list of " + plural);
        }
        return new ArrayList<>(sequence.getValue());
    }

    /** An integer from {@code min} to {@code max}. */
    int integer(Node node, String path, int min, int max) {
        String expected = integerExpectation(min, max);
        Object value = scalar(node, path, Tag.INT, expected);
        BigInteger big = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
        if (belowFloor(big.signum(), min)) {
            // A bounded range such as 1000 to 100000 only says "positive" here; an open one says its floor (>= 2).
            String floor = min > 0 && max != Integer.MAX_VALUE ? "a positive integer" : expected;
            throw error(node, path, show(node) + " is not allowed", floor);
        }
        if (big.compareTo(BigInteger.valueOf(min)) < 0 || big.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(node, path, show(node) + " is out of range", expected);
        }
        return big.intValueExact();
    }

    /** A number from {@code min} to {@code max}; an integer is read as a number. */
    double number(Node node, String path, int min, int max) {
        String expected = "a number from " + min + " to " + max;
        double number = numeric(node, path, expected);
        if (!(number > 0)) {
            throw error(node, path, show(node) + " is not allowed", "a positive number");
        }
        if (number < min || number > max) {
            throw error(node, path, show(node) + " is out of range", expected);
        }
        return number;
    }

    /** A finite number above zero, as thresholds are. */
    double positiveNumber(Node node, String path) {
        String expected = POSITIVE_NUMBER;
        double number = numeric(node, path, expected);
        if (!(number > 0) || Double.isInfinite(number)) {
            throw error(node, path, show(node) + " is not allowed", expected);
        }
        return number;
    }

    /**
     * A number written plain ({@code 15}, {@code 0.01}) or with a percent sign ({@code 15%}, which
     * YAML reads as a string); the caller decides what a plain number means.
     */
    Percentage percentage(Node node, String path, String expected) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            Matcher m = PERCENTAGE.matcher(scalar.getValue().strip());
            if (!m.matches()) {
                throw wrongType(node, path, expected);
            }
            return new Percentage(Double.parseDouble(m.group(1)), !m.group(2).isEmpty());
        }
        return new Percentage(numeric(node, path, expected), false);
    }

    /** A number as written: {@code withSign} when it ended in {@code %}. */
    record Percentage(double number, boolean withSign) {}

    /** A boolean: true or false (YAML 1.1 yes/no/on/off resolve to them too). */
    boolean bool(Node node, String path) {
        return (Boolean) scalar(node, path, Tag.BOOL, BOOLEAN);
    }

    /** A non-blank string. */
    String string(Node node, String path, String expected) {
        String text = (String) scalar(node, path, Tag.STR, expected);
        if (text.isBlank()) {
            throw error(node, path, "an empty string is not allowed", expected);
        }
        return text;
    }

    /**
     * A non-blank string that {@code parse} accepts.
     *
     * @param noun what the string should be, for the message "... is not {@code noun}"
     */
    <T> T parsed(Node node, String path, Function<String, Optional<T>> parse, String noun, String expected) {
        return parse.apply(string(node, path, expected))
                .orElseThrow(() -> error(node, path, show(node) + " is not " + noun, expected));
    }

    /** A quoted, escaped form of a string for messages. */
    static String quote(String text) {
        return "\"" + escape(text).replace("\"", "\\\"") + "\"";
    }

    private Object scalar(Node node, String path, Tag tag, String expected) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(tag)) {
            throw wrongType(node, path, expected);
        }
        return values.value(scalar);
    }

    private double numeric(Node node, String path, String expected) {
        Tag tag = node instanceof ScalarNode s && s.getTag().equals(Tag.INT) ? Tag.INT : Tag.FLOAT;
        return ((Number) scalar(node, path, tag, expected)).doubleValue();
    }

    // Zero and below is "not allowed" for a positive minimum, below zero for a minimum of zero.
    private static boolean belowFloor(int signum, int min) {
        return min > 0 ? signum <= 0 : signum < 0;
    }

    /** What an integer from {@code min} to {@code max} looks like, for messages. */
    static String integerExpectation(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return min == 1 ? "a positive integer" : min == 0 ? "zero or a positive integer" : "an integer >= " + min;
        }
        return "an integer from " + min + " to " + max;
    }

    /** How a value that has the wrong type reads in a message. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping is given";
        }
        if (node instanceof SequenceNode) {
            return "a list is given";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return scalar.getValue().isEmpty() ? "the value is empty" : show(scalar) + " is null";
        }
        String kind = tag.equals(Tag.STR)
                ? "a string"
                : tag.equals(Tag.INT)
                        ? "an integer"
                        : tag.equals(Tag.FLOAT)
                                ? "a decimal number"
                                : tag.equals(Tag.BOOL)
                                        ? "a boolean"
                                        : tag.equals(Tag.TIMESTAMP) ? "a date" : "tagged " + tag.getValue();
        return show(scalar) + " is " + kind;
    }

    /** A scalar as written: quoted when it was quoted, shortened when long. */
    static String show(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return node instanceof SequenceNode ? "a list" : "a mapping";
        }
        String text = scalar.getValue();
        if (text.length() > SHOWN_LENGTH) {
            text = text.substring(0, SHOWN_LENGTH - 3) + "...";
        }
        return scalar.isPlain() ? escape(text) : quote(text);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** SnakeYAML's own conversion of resolved scalars (YAML 1.1 ints, floats, booleans). */
    private static final class ScalarValues extends SafeConstructor {
        ScalarValues() {
            super(new LoaderOptions());
        }

        Object value(ScalarNode node) {
            return constructObject(node);
        }
    }
}
