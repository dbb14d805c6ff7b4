package com.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

class StylesheetTest {

    /** JavaFX only logs a broken rule and drops everything after it: make that a failure here. */
    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        URL stylesheet = StylesheetTest.class.getResource("/com/storedesk/ui/storedesk.css");
        CssParser.errorsProperty().clear();

        var parsed = new CssParser().parse(stylesheet);

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(parsed.getRules()).extracting(rule -> rule.getSelectors().get(0).toString())
                .anyMatch(selector -> selector.contains("district-table"));
    }
}
