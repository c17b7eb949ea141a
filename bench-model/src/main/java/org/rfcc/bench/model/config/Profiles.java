package org.rfcc.bench.model.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The {@code profiles} section: named mappings deep-merged over the top level. The merge works
 * on nodes, so every value keeps the line where it is written.
 */
final class Profiles {
    /** The profile name that means the top level as is. */
    static final String FULL = "full";

    private static final String KEY = "profiles";
    private static final String PROFILE = "a mapping of settings to merge over the top level";

    private Profiles() {}

    /** The top level with profile {@code name} merged over it; null or {@value #FULL} leaves it as is. */
    static MappingNode apply(YamlNodes yaml, MappingNode top, String name) {
        NodeTuple section = find(top, KEY);
        Map<String, MappingNode> profiles = section == null ? Map.of() : profiles(yaml, section);
        if (name == null || name.equals(FULL)) {
            return top;
        }
        MappingNode profile = profiles.get(name);
        if (profile == null) {
            List<String> names = new ArrayList<>(List.of(FULL));
            names.addAll(profiles.keySet());
            String expected = section == null
                    ? FULL + " (the file has no profiles section)"
                    : "one of " + String.join(", ", names);
            Node at = section == null ? top : section.getKeyNode();
            throw yaml.error(at, KEY, "unknown profile " + YamlNodes.quote(name), expected);
        }
        return merge(top, profile);
    }

    /** The names of the file's profiles, in file order; empty when it has no profiles section. */
    static List<String> names(YamlNodes yaml, MappingNode top) {
        NodeTuple section = find(top, KEY);
        return section == null ? List.of() : List.copyOf(profiles(yaml, section).keySet());
    }

    /** Maps merge key by key; any other value of {@code overlay} replaces the one in {@code base}. */
    static MappingNode merge(MappingNode base, MappingNode overlay) {
        List<NodeTuple> tuples = new ArrayList<>(base.getValue());
        for (NodeTuple over : overlay.getValue()) {
            int i = indexOf(tuples, key(over));
            if (i < 0) {
                tuples.add(over);
            } else if (tuples.get(i).getValueNode() instanceof MappingNode baseMap
                    && over.getValueNode() instanceof MappingNode overMap) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), merge(baseMap, overMap)));
            } else {
                tuples.set(i, over);
            }
        }
        return new MappingNode(
                base.getTag(), true, tuples, base.getStartMark(), base.getEndMark(), base.getFlowStyle());
    }

    private static Map<String, MappingNode> profiles(YamlNodes yaml, NodeTuple section) {
        if (!(section.getValueNode() instanceof MappingNode mapping)) {
            throw yaml.wrongType(section.getValueNode(), KEY, "a mapping from profile names to settings");
        }
        Map<String, MappingNode> profiles = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = key(tuple);
            String path = YamlNodes.child(KEY, name);
            if (name.equals(FULL)) {
                throw yaml.error(
                        tuple.getKeyNode(), path, "the name full is reserved for the top level", "another name");
            }
            if (!(tuple.getValueNode() instanceof MappingNode profile)) {
                throw yaml.wrongType(tuple.getValueNode(), path, PROFILE);
            }
            NodeTuple nested = find(profile, KEY);
            if (nested != null) {
                throw yaml.error(
                        nested.getKeyNode(), YamlNodes.child(path, KEY), "a profile cannot hold profiles", PROFILE);
            }
            profiles.put(name, profile);
        }
        return profiles;
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        int i = indexOf(mapping.getValue(), key);
        return i < 0 ? null : mapping.getValue().get(i);
    }

    private static int indexOf(List<NodeTuple> tuples, String key) {
        for (int i = 0; i < tuples.size(); i++) {
            if (key(tuples.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    // YamlNodes.checkKeys has made sure every key is a scalar.
    private static String key(NodeTuple tuple) {
        return ((ScalarNode) tuple.getKeyNode()).getValue();
    }
}
