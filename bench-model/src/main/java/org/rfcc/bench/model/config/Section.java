package org.rfcc.bench.model.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One YAML mapping with a fixed set of keys. Unknown keys fail when it is opened; a missing
 * required key fails at the line of the mapping's own key.
 */
final class Section {
    private final YamlNodes yaml;
    private final String path;
    private final Node at;
    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

    private Section(YamlNodes yaml, String path, Node at, MappingNode mapping, List<String> keys) {
        this.yaml = yaml;
        this.path = path;
        this.at = at;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!keys.contains(key)) {
                throw yaml.error(
                        tuple.getKeyNode(),
                        YamlNodes.child(path, key),
                        "unknown key",
                        "one of " + String.join(", ", keys));
            }
            tuples.put(key, tuple);
        }
    }

    /** The mapping {@code value} at {@code path}; {@code at} is the node whose line a missing key reports. */
    static Section open(YamlNodes yaml, String path, Node at, Node value, List<String> keys) {
        if (!(value instanceof MappingNode mapping)) {
            throw yaml.wrongType(value, path, expectation(keys));
        }
        return new Section(yaml, path, at, mapping, keys);
    }

    /** What a section with {@code keys} looks like, for messages. */
    static String expectation(List<String> keys) {
        return "a mapping with the keys " + String.join(", ", keys);
    }

    /** The key path of {@code key} in this section. */
    String path(String key) {
        return YamlNodes.child(path, key);
    }

    /** The value of an optional key. */
    Optional<Node> optional(String key) {
        return Optional.ofNullable(tuples.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value of a required key. */
    Node required(String key, String expected) {
        return tuple(key, expected).getValueNode();
    }

    /** A required nested section. */
    Section section(String key, List<String> keys) {
        NodeTuple tuple = tuple(key, expectation(keys));
        return open(yaml, path(key), tuple.getKeyNode(), tuple.getValueNode(), keys);
    }

    /** An optional nested section. */
    Optional<Section> optionalSection(String key, List<String> keys) {
        return Optional.ofNullable(tuples.get(key))
                .map(tuple -> open(yaml, path(key), tuple.getKeyNode(), tuple.getValueNode(), keys));
    }

    /** A required integer from {@code min} to {@code max}. */
    int integer(String key, int min, int max) {
        return yaml.integer(required(key, YamlNodes.integerExpectation(min, max)), path(key), min, max);
    }

    /** An optional integer from {@code min} to {@code max}, else {@code fallback}. */
    int integer(String key, int min, int max, int fallback) {
        return optional(key).map(v -> yaml.integer(v, path(key), min, max)).orElse(fallback);
    }

    /** A required positive number. */
    double positiveNumber(String key) {
        return yaml.positiveNumber(required(key, YamlNodes.POSITIVE_NUMBER), path(key));
    }

    /** A required boolean. */
    boolean bool(String key) {
        return yaml.bool(required(key, YamlNodes.BOOLEAN), path(key));
    }

    /** A required non-empty list of integers from {@code min} to {@code max}. */
    List<Integer> integers(String key, int min, int max, String plural) {
        List<Integer> out = new ArrayList<>();
        List<Node> items = yaml.list(required(key, "a list of " + plural), path(key), plural, false);
        for (int i = 0; i < items.size(); i++) {
            out.add(yaml.integer(items.get(i), YamlNodes.item(path(key), i), min, max));
        }
        return out;
    }

    /** A required non-empty list of numbers from {@code min} to {@code max}. */
    List<Double> numbers(String key, int min, int max, String plural) {
        List<Double> out = new ArrayList<>();
        List<Node> items = yaml.list(required(key, "a list of " + plural), path(key), plural, false);
        for (int i = 0; i < items.size(); i++) {
            out.add(yaml.number(items.get(i), YamlNodes.item(path(key), i), min, max));
        }
        return out;
    }

    /**
     * A list of strings, each one of {@code choices} unless that is null.
     *
     * @param noun what one item is, such as "model"
     */
    List<String> strings(Node list, String key, String noun, List<String> choices, boolean emptyAllowed) {
        String expected = choices == null ? "a " + noun : "one of " + String.join(", ", choices);
        List<String> out = new ArrayList<>();
        List<Node> items = yaml.list(list, path(key), noun + "s", emptyAllowed);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlNodes.item(path(key), i);
            String value = yaml.string(items.get(i), itemPath, expected);
            if (choices != null && !choices.contains(value)) {
                throw yaml.error(items.get(i), itemPath, "unknown " + noun + " " + YamlNodes.quote(value), expected);
            }
            out.add(value);
        }
        return out;
    }

    private NodeTuple tuple(String key, String expected) {
        NodeTuple tuple = tuples.get(key);
        if (tuple == null) {
            throw yaml.error(at, path(key), "missing key", expected);
        }
        return tuple;
    }
}
