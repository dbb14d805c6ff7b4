package com.storedesk.assist.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.assist.PromptRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    @Test
    void slotsAreFilledAndTheUserLineDividesTheMessages() {
        PromptTemplate template = new PromptTemplate(new PromptRef("t", 1),
                "## a note for editors: {{ignored}}\n[system]\nAnswer in {{language}}.\n[user]\nQ: {{ question }}\n");
        assertThat(template.variables()).containsExactly("language", "question");
        RenderedPrompt rendered = template.render(Map.of("language", "German", "question", "Costs $5 {{x}}?", "extra", ""));
        assertThat(rendered.system()).isEqualTo("Answer in German.");
        assertThat(rendered.user()).isEqualTo("Q: Costs $5 {{x}}?");
    }

    @Test
    void withoutMarkersTheWholeTextIsTheUserMessage() {
        RenderedPrompt rendered = new PromptTemplate(new PromptRef("t", 1), "Reply OK.").render(Map.of());
        assertThat(rendered.system()).isEmpty();
        assertThat(rendered.user()).isEqualTo("Reply OK.");
    }

    @Test
    void aMissingValueNamesTheSlotButNoValue() {
        PromptTemplate template = new PromptTemplate(new PromptRef("t", 2), "{{a}} {{b}}");
        assertThatThrownBy(() -> template.render(Map.of("a", "secret@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Prompt t@v2 needs a value for {{b}}");
    }

    @Test
    void everyShippedPromptHasAVersionOneThatRenders() {
        ShippedPrompts shipped = new ShippedPrompts();
        for (String id : ShippedPrompts.IDS) {
            PromptTemplate newest = shipped.newest(id);
            assertThat(shipped.versions(id).get(0).ref()).isEqualTo(new PromptRef(id, 1));
            Map<String, String> values = new java.util.HashMap<>();
            newest.variables().forEach(name -> values.put(name, "x"));
            assertThat(newest.render(values).user()).as(id).isNotBlank().doesNotContain("{{").doesNotContain("##");
        }
    }
}
