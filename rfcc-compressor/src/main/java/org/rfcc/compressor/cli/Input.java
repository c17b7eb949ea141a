package org.rfcc.compressor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rfcc.compressor.InvalidInputException;

/** A document named on the command line: a file, or standard input for {@code -}; strictly UTF-8. */
final class Input {
    private final String name;
    private final InputStream stdin;

    /** {@code name} is a path, or {@code -} (or null) for {@code stdin}. */
    Input(String name, InputStream stdin) {
        this.name = name == null ? "-" : name;
        this.stdin = stdin;
    }

    /** Reads the whole document. */
    String readAll() throws IOException {
        try (InputStream in = open()) {
            return decoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    /** A reader over the document that fails with a clear message on bytes that are not UTF-8. */
    Reader reader() throws IOException {
        InputStream in = open();
        return new InputStreamReader(in, decoder()) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (CharacterCodingException e) {
                    throw notUtf8();
                }
            }
        };
    }

    private InputStream open() throws IOException {
        if (name.equals("-")) {
            return stdin;
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(name + " is a directory; give a text file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no such file: " + name);
        }
    }

    private InvalidInputException notUtf8() {
        return new InvalidInputException(
                describe() + " is not valid UTF-8 text; convert it first (e.g. iconv -t UTF-8)");
    }

    private String describe() {
        return name.equals("-") ? "standard input" : name;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
