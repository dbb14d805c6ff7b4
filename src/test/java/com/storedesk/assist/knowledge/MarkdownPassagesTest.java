package com.storedesk.assist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownPassagesTest {

    @Test
    void eachSectionIsAPassageCitedByItsTitlePath() {
        List<Passage> passages = MarkdownPassages.split(new KnowledgeDocument("returns", """
                # Return and exchange policy

                Applies in every store.

                ## Electronics

                ### Opened electronics

                Opened gadgets come back within **14 days**
                with all their parts.

                - cables
                - manuals

                ## Gift receipts ##

                Store credit only.
                """));

        assertThat(passages).extracting(Passage::id).containsExactly("returns",
                "returns#electronics/opened-electronics", "returns#gift-receipts");
        Passage opened = passages.get(1);
        assertThat(opened.citation())
                .isEqualTo("Return and exchange policy \u203A Electronics \u203A Opened electronics");
        assertThat(opened.text()).isEqualTo("Opened gadgets come back within 14 days with all their parts.\n"
                + "- cables\n- manuals");
        assertThat(opened.searchText()).startsWith("Return and exchange policy. Electronics. Opened electronics.\n");
        assertThat(passages.get(2).citation()).isEqualTo("Return and exchange policy \u203A Gift receipts");
    }

    @Test
    void headingsInCodeFencesAreTextAndRepeatedHeadingsGetDistinctIds() {
        List<Passage> passages = MarkdownPassages.split(new KnowledgeDocument("care", """
                ## Knives

                Hand wash.

                ```
                # not a heading
                ```

                ## Knives

                Hone often.
                """));

        assertThat(passages).extracting(Passage::id).containsExactly("care#knives", "care#knives-2");
        assertThat(passages.get(0).text()).contains("# not a heading");
        assertThat(passages.get(0).titles()).containsExactly("care", "Knives");
    }

    @Test
    void slugsAreLowerCaseAsciiWithDashes() {
        assertThat(MarkdownPassages.slug("Perishable food: cheese, deli & bakery")).isEqualTo(
                "perishable-food-cheese-deli-bakery");
        assertThat(MarkdownPassages.slug("Crème brûlée")).isEqualTo("creme-brulee");
        assertThat(MarkdownPassages.slug("???")).isEqualTo("section");
    }

    @Test
    void aPassagesDigestFollowsWhatIsEmbedded() {
        Passage passage = new Passage("a#b", List.of("A", "B"), "text");
        assertThat(passage.digest()).isEqualTo(new Passage("moved#b", List.of("A", "B"), "text").digest())
                .isNotEqualTo(new Passage("a#b", List.of("A", "C"), "text").digest())
                .isNotEqualTo(new Passage("a#b", List.of("A", "B"), "text!").digest());
    }
}
