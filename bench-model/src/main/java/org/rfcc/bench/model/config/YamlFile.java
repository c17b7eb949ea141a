package org.rfcc.bench.model.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML configuration file read into nodes. A missing, unreadable, empty or malformed file, a
 * duplicate key and a document that is not a mapping fail here, so every loader reports them alike.
 *
 * @param yaml typed reads whose errors name this file
 * @param top the top-level mapping of the document
 */
record YamlFile(YamlNodes yaml, MappingNode top) {
    /**
     * Reads and composes {@code file}.
     *
     * @param missing what should be at the path, said when there is no such file
     * @param sections what the top level holds, said when the file is empty or not a mapping
     */
    static YamlFile read(Path file, String missing, String sections) {
        String name = file.toString();
        Node root = compose(name, text(file, name, missing));
        if (root == null || root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            throw ConfigException.ofFile(name, "the file is empty", sections);
        }
        YamlNodes yaml = new YamlNodes(name);
        yaml.checkKeys(root, YamlNodes.TOP);
        if (!(root instanceof MappingNode top)) {
            throw yaml.wrongType(root, YamlNodes.TOP, "a mapping with " + sections);
        }
        return new YamlFile(yaml, top);
    }

    private static String text(Path file, String name, String missing) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ConfigException.ofFile(name, "no such file", missing);
        } catch (AccessDeniedException e) {
            throw ConfigException.ofFile(name, "permission denied", "a file this user can read");
        } catch (CharacterCodingException e) {
            throw ConfigException.ofFile(name, "the file is not UTF-8 text", "a YAML file in UTF-8");
        } catch (IOException e) {
            String problem = Files.isDirectory(file) ? "this is a directory" : "cannot be read (" + e + ")";
            throw ConfigException.ofFile(name, problem, "a readable YAML file");
        }
    }

    private static Node compose(String name, String text) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String line = mark == null ? "" : ":" + (mark.getLine() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (problem != null && problem.startsWith("but ") && e.getContext() != null) {
                // SnakeYAML splits "expected a single document in the stream" / "but found another document".
                problem = e.getContext() + " " + problem;
            }
            throw new ConfigException(name + line + ": malformed YAML: " + problem, e);
        } catch (YAMLException e) {
            throw new ConfigException(name + ": malformed YAML: " + e.getMessage(), e);
        }
    }
}
