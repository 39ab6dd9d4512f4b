package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.FollowUpRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {
    @Test
    void merge_fillsAllowedFields() {
        MergedText m = TemplateText.parse("Dear {{client.firstName}}, thanks from {{ business.name }}.")
                .merge(Map.of(MergeField.CLIENT_FIRST_NAME, "Zoë", MergeField.BUSINESS_NAME, "Marta's"));
        assertThat(m.text()).isEqualTo("Dear Zoë, thanks from Marta's.");
        assertThat(m.missing()).isEmpty();
    }

    @Test
    void merge_isOnePass_aValueThatLooksLikeAFieldPrintsAsTyped() {
        MergedText m = TemplateText.parse("Thank you for {{lastPurchase.summary}}!")
                .merge(Map.of(MergeField.LAST_PURCHASE_SUMMARY, "the {{business.signature}} mug",
                        MergeField.BUSINESS_SIGNATURE, "SECRET"));
        assertThat(m.text()).isEqualTo("Thank you for the {{business.signature}} mug!");
    }

    @Test
    void unknownField_isAProblemWithItsLine_andStaysAsText() {
        TemplateText t = TemplateText.parse("Dear {{client.firstName}},\n\nYour {{client.shoeSize}} shoes.");
        assertThat(t.problems()).isNotEmpty();
        assertThat(t.problems()).extracting(TemplateText.Problem::line).containsExactly(3);
        assertThat(t.problems().get(0).message()).contains("{{client.shoeSize}}");
        assertThat(t.merge(Map.of()).text()).contains("{{client.shoeSize}}");
    }

    @Test
    void fieldNamesAreCaseSensitive_withAHint() {
        TemplateText t = TemplateText.parse("{{Client.FirstName}}");
        assertThat(t.problems().get(0).message()).contains("did you mean {{client.firstName}}?");
    }

    @Test
    void unclosedField_isAProblem() {
        TemplateText t = TemplateText.parse("Hello {{client.firstName\nand more }}");
        assertThat(t.problems()).hasSize(1);
        assertThat(t.problems().get(0).message()).contains("not closed");
        assertThat(TemplateText.parse("a {{ b {{today}}").problems()).hasSize(1);
    }

    @Test
    void fieldWithNoValue_isMissing_printsBlank_previewsByName() {
        MergedText m = TemplateText.parse("For {{lastPurchase.summary}} on {{lastPurchase.date}}.")
                .merge(Map.of(MergeField.LAST_PURCHASE_DATE, "  "));
        assertThat(m.missing()).containsExactly(MergeField.LAST_PURCHASE_SUMMARY, MergeField.LAST_PURCHASE_DATE);
        assertThat(m.text()).isEqualTo("For  on .");
        assertThat(m.pieces()).filteredOn(p -> p.kind() == MergedText.Kind.MISSING)
                .extracting(MergedText.Piece::previewed)
                        .containsExactly("[last purchase]", "[date of the last purchase]");
    }

    @Test
    void textWithoutFields_andEmptyBody_areValid() {
        assertThat(TemplateText.parse("Just { braces } and }} here").problems()).isEmpty();
        assertThat(TemplateText.parse("").merge(Map.of()).text()).isEmpty();
    }

    @Test
    void builtInTemplates_areValid_andEachRuleHasOne() {
        assertThat(BuiltInTemplates.all()).hasSize(7);
        BuiltInTemplates.all().forEach(t -> assertThat(TemplateText.parse(t.body()).problems()).as(t.name()).isEmpty());
        for (FollowUpRule rule : FollowUpRule.values()) {
            assertThat(BuiltInTemplates.find(BuiltInTemplates.forRule(rule))).as(rule.name()).isPresent();
        }
        assertThat(BuiltInTemplates.find("thank-you-purchase").orElseThrow().body())
                .contains("{{lastPurchase.summary}}", "{{business.signature}}");
    }
}
