package org.rfcc.compressor.text;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The GPT tokenizers that RFCC counts and budgets in (jtokkit, offline BPE tables). */
public enum GptTokenizer {
    CL100K_BASE("cl100k_base", EncodingType.CL100K_BASE),
    O200K_BASE("o200k_base", EncodingType.O200K_BASE);

    private final String id;
    private final EncodingType type;
    private volatile Encoding encoding;

    GptTokenizer(String id, EncodingType type) {
        this.id = id;
        this.type = type;
    }

    /** The tokenizer's usual name, e.g. {@code cl100k_base}. */
    public String id() {
        return id;
    }

    /** Number of tokens in {@code text}; special-token markers are counted as ordinary text. */
    public int count(String text) {
        return encoding().countTokensOrdinary(text);
    }

    /** The token ids of {@code text}, special-token markers treated as ordinary text. */
    public int[] encode(String text) {
        return encoding().encodeOrdinary(text).toArray();
    }

    private Encoding encoding() {
        Encoding e = encoding;
        if (e == null) {
            synchronized (this) {
                e = encoding;
                if (e == null) {
                    encoding = e = Registry.INSTANCE.getEncoding(type);
                }
            }
        }
        return e;
    }

    /** Looks a tokenizer up by its name, failing with the list of valid names. */
    public static GptTokenizer byId(String id) {
        for (GptTokenizer t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tokenizer '" + id + "'; valid: " + ids());
    }

    /** The valid tokenizer names, comma-separated. */
    public static String ids() {
        List<String> names = Arrays.stream(values()).map(GptTokenizer::id).toList();
        return String.join(", ", names);
    }

    private static final class Registry {
        static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
    }
}
