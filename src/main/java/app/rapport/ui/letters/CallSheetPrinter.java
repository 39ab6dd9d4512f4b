package app.rapport.ui.letters;

import app.rapport.service.SheetService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Formats;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import java.time.LocalDate;
import java.util.Optional;

/** Today ▸ Print call sheet: the day's calls to the printer, or a word on screen that there are none. */
public final class CallSheetPrinter {
    public static final String NOTHING_DUE = "No calls are due today — nothing to print.";

    private CallSheetPrinter() {
    }

    /** Sets the sheet for {@code day} in the background, then the printer dialog; says so when no call is due. */
    public static void print(SheetService sheets, TaskRunner runner, Dialogs dialogs, Navigator navigator,
            LocalDate day) {
        navigator.status("Setting the call sheet…");
        runner.run(() -> sheets.callSheet().map(paper -> dialogs.print(paper, "Rapport: calls for "
                + Formats.date(day))), (Optional<Optional<String>> printed) -> {
                    if (printed.isEmpty()) {
                        navigator.status(NOTHING_DUE);
                        dialogs.inform("Print call sheet", NOTHING_DUE);
                        return;
                    }
                    navigator.status(printed.get().map(p -> "Sent the call sheet to " + p + ".")
                            .orElse("The call sheet was not printed."));
                }, e -> dialogs.error("Could not print the call sheet", ErrorMessages.plain(e)));
    }
}
