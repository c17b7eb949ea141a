package org.rfcc.bench.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {
    @Test
    void plainCell_isWrittenAsItIs() {
        assertThat(Csv.escape("tokens_per_second")).isEqualTo("tokens_per_second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "line\nbreak", "carriage\rreturn"})
    void cellWithASeparator_isQuoted(String cell) {
        assertThat(Csv.escape(cell)).isEqualTo("\"" + cell + "\"");
    }

    @Test
    void quotes_areDoubledInsideQuotes() {
        assertThat(Csv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void row_joinsEscapedCells_andEndsWithANewline() {
        assertThat(Csv.row(List.of("compression", "model=a,b", ""))).isEqualTo("compression,\"model=a,b\",\n");
    }
}
