package com.storedesk.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.core.event.CustomerUpserted;
import org.junit.jupiter.api.Test;

/** What the four saved-document readers share. */
class SavedDocumentsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aListOrItsSingleObjectIsRead() throws Exception {
        JsonNode many = json.readTree("{\"orders\": [{\"id\": \"1\"}, {\"id\": \"2\"}]}");
        JsonNode one = json.readTree("{\"order\": {\"id\": \"3\"}}");
        JsonNode none = json.readTree("{\"order\": \"3\"}");

        assertThat(SavedDocuments.listOrOne(many, "orders", "order")).extracting(node -> node.get("id").asText())
                .containsExactly("1", "2");
        assertThat(SavedDocuments.listOrOne(one, "orders", "order")).hasSize(1);
        assertThat(SavedDocuments.listOrOne(none, "orders", "order")).isEmpty();
        assertThatThrownBy(() -> SavedDocuments.listOrOne(json.readTree("{\"orders\": [1]}"), "orders", "order"))
                .isInstanceOf(UnreadablePayloadException.class).hasMessage("orders holds something that is not an object");
    }

    @Test
    void missingReferenceDataNamesTheAnswerToImportFirst() {
        assertThatThrownBy(() -> SavedDocuments.require(null, "a catalog", "location", "the location's answer"))
                .isInstanceOf(UnreadablePayloadException.class)
                .hasMessage("a catalog names no location: import the location's answer first, in the same command");
    }

    @Test
    void aMappersComplaintIsTheDocumentNotAsDocumentedAndOtherFailuresStayWhatTheyAre() {
        class Malformed extends RuntimeException {
            Malformed() {
                super("order 7 has no id");
            }
        }

        assertThatThrownBy(() -> SavedDocuments.mapped("Clover", Malformed.class, () -> {
            throw new Malformed();
        })).isInstanceOf(UnreadablePayloadException.class).hasMessage("not as Clover documents it: order 7 has no id");
        assertThatThrownBy(() -> SavedDocuments.mapped("Clover", Malformed.class, () -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventsAndNotesAreCollectedAndNotesOfTheSameKindAddUp() {
        SavedDocuments read = new SavedDocuments();
        assertThat(read.isEmpty()).isTrue();

        read.add(new CustomerUpserted("clover:M", "C1", null, "Ana", null, null, null, false))
                .note(SavedPayloads.Kind.NOT_A_SALE, 1).note(SavedPayloads.Kind.NOT_A_SALE, 2)
                .note(SavedPayloads.Kind.NAMES_ONLY, 0);

        assertThat(read.reading().events()).hasSize(1);
        assertThat(read.reading().notes()).containsExactly(new SavedPayloads.Note(SavedPayloads.Kind.NOT_A_SALE, 3));
    }
}
