package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.FollowUpRule;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.model.Versioned;
import app.rapport.ui.settings.SettingsViewModel.TierRow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings being edited: what they save, the tier moves, and what to fix, without a stage. */
class SettingsViewModelTest {
    final SettingsViewModel model = new SettingsViewModel();

    TierRow row(String name) {
        return model.tierRows().stream().filter(t -> t.name.get().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDefaults_saveAsTheDefaults() {
        assertThat(model.toSettings()).contains(Settings.defaults());
        assertThat(model.moves()).isEmpty();
        assertThat(model.error.get()).isEmpty();
    }

    @Test
    void whatIsTyped_isWhatIsSaved() {
        model.workDays.get(DayOfWeek.SATURDAY).set(true);
        model.ruleOn.get(FollowUpRule.GONE_QUIET).set(false);
        model.numbers.get("horizonDays").set(14);
        model.threshold.set(" 250.50 ");
        model.reminderTime.set("08:30");
        model.businessName.set("Harbour Florist");

        Settings saved = model.toSettings().orElseThrow();
        assertThat(saved.workDays()).contains(DayOfWeek.SATURDAY);
        assertThat(saved.rules().isOn(FollowUpRule.GONE_QUIET)).isFalse();
        assertThat(saved.rules().horizonDays()).isEqualTo(14);
        assertThat(saved.noteAmountThreshold()).isEqualByComparingTo(new BigDecimal("250.50"));
        assertThat(saved.reminderTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(saved.business().name()).isEqualTo("Harbour Florist");

        SettingsViewModel again = new SettingsViewModel();
        again.load(saved);
        assertThat(again.toSettings()).contains(saved);
    }

    @Test
    void aBadAmountOrTime_saysWhatToFix_andSavesNothing() {
        model.threshold.set("lots");
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(SettingsViewModel.BAD_THRESHOLD);

        model.threshold.set("-1");
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(SettingsViewModel.BAD_THRESHOLD);

        model.threshold.set("500");
        model.reminderTime.set("9 o'clock");
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(SettingsViewModel.BAD_TIME);

        model.reminderTime.set("09:00");
        assertThat(model.toSettings()).isPresent();
        assertThat(model.error.get()).as("fixed: the message goes").isEmpty();
    }

    @Test
    void noWorkDay_orANumberOutOfRange_isRefused() {
        model.workDays.values().forEach(p -> p.set(false));
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(Settings.NO_WORK_DAYS);

        model.workDays.get(DayOfWeek.MONDAY).set(true);
        model.numbers.get("atRiskMultiple").set(0);
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(RuleSettings.AT_RISK_MULTIPLE);
    }

    @Test
    void aTierRenamed_orRemoved_movesItsClients() {
        row("REGULAR").name.set("Regulars");
        TierRow occasional = row("OCCASIONAL");
        assertThat(model.otherTiers(occasional)).containsExactly("VIP", "Regulars");
        model.removeTier(occasional, "REGULAR");

        assertThat(model.moves()).isEqualTo(Map.of("REGULAR", "Regulars", "OCCASIONAL", "Regulars"));
        assertThat(model.toSettings().orElseThrow().tiers()).extracting(Tier::name).containsExactly("VIP", "Regulars");
    }

    @Test
    void aNewTier_getsAFreeName_andMovesNobody() {
        TierRow first = model.addTier();
        TierRow second = model.addTier();
        assertThat(first.name.get()).isEqualTo("New tier 1");
        assertThat(second.name.get()).isEqualTo("New tier 2");
        model.removeTier(second, null);
        assertThat(model.moves()).isEmpty();
        assertThat(model.toSettings().orElseThrow().tiers()).extracting(Tier::name).contains("New tier 1");
    }

    @Test
    void theLastTier_cannotGo() {
        model.tierRows().forEach(t -> model.removeTier(t, null));
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.error.get()).isEqualTo(Settings.NO_TIERS);
    }

    @Test
    void aTierNameLeftAsShown_staysAsStored() {
        assertThat(SettingsViewModel.nameAsTyped("REGULAR", "Regular ")).isEqualTo("REGULAR");
        assertThat(SettingsViewModel.nameAsTyped("REGULAR", "Regulars")).isEqualTo("Regulars");
        assertThat(SettingsViewModel.nameAsTyped(null, " Gold ")).isEqualTo("Gold");
    }

    @Test
    void loadedWithItsVersion_savesAtIt_untilTheOwnerSavesOverANewerOne() {
        model.reminderTime.set("08:30");
        model.load(new Versioned<>(Settings.defaults().withReminderTime(LocalTime.of(7, 0)), 5));

        assertThat(model.reminderTime.get()).isEqualTo("07:00");
        assertThat(model.version()).isEqualTo(5);
        model.saveOver(6);
        assertThat(model.version()).isEqualTo(6);
    }
}
