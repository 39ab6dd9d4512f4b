package app.rapport.testutil;

import app.rapport.service.PrintablePdf;
import app.rapport.ui.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions as a test says, and records what it was told. */
public final class FakeDialogs implements Dialogs {
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Path fileToOpen;
    public Path fileToSave;
    /** What askText answers; null to cancel. */
    public String textAnswer;
    /** What pickDate answers; null to cancel. */
    public LocalDate dateAnswer;
    public final List<String> questions = new ArrayList<>();
    /** What choose answers; null to cancel. */
    public String choiceAnswer;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    /** What warn answers: true to go on. */
    public boolean warnAnswer = true;
    public final List<String> warnings = new ArrayList<>();

    @Override
    public boolean warn(String title, String message, String goOnLabel, String stopLabel) {
        warnings.add(title + ": " + message);
        return warnAnswer;
    }

    /** What askToSave answers. */
    public Dialogs.Unsaved unsavedAnswer = Dialogs.Unsaved.CANCEL;

    @Override
    public Dialogs.Unsaved askToSave(String title, String message) {
        questions.add(title + ": " + message);
        return unsavedAnswer;
    }

    /** What askAboutConflict answers. */
    public Dialogs.Conflict conflictAnswer = Dialogs.Conflict.KEEP_EDITING;
    public final List<String> conflicts = new ArrayList<>();

    @Override
    public Dialogs.Conflict askAboutConflict(String title, String message) {
        conflicts.add(title + ": " + message);
        return conflictAnswer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void inform(String title, String message) {
        messages.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        return Optional.ofNullable(fileToOpen);
    }

    /** What chooseFolder answers; null to cancel. */
    public Path folderAnswer;

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<String> askText(String title, String message, String prompt, String confirmLabel) {
        questions.add(title + ": " + message);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public Optional<LocalDate> pickDate(String title, String message, LocalDate initial, LocalDate earliest) {
        questions.add(title + ": " + message);
        return Optional.ofNullable(dateAnswer);
    }

    /** Every document sent to print, with its job name. */
    public final List<String> printJobs = new ArrayList<>();
    public final List<PrintablePdf> printed = new ArrayList<>();
    /** The printer print answers with; null to cancel the printer dialog. */
    public String printerAnswer = "Test printer";
    /** What chooseMany answers; null to cancel, else the items to keep ticked (all when {@link #chooseAll}). */
    public List<String> manyAnswer;
    public boolean chooseAll = true;

    @Override
    public Optional<List<String>> chooseMany(String title, String message, List<String> items, String confirmLabel) {
        questions.add(title + ": " + message);
        if (chooseAll) {
            return Optional.of(List.copyOf(items));
        }
        return Optional.ofNullable(manyAnswer);
    }

    @Override
    public Optional<String> print(PrintablePdf paper, String jobName) {
        if (printerAnswer != null) {
            printJobs.add(jobName);
            printed.add(paper);
        }
        return Optional.ofNullable(printerAnswer);
    }

    /** The choices each choose offered, as the owner read them. */
    public final List<List<String>> choicesOffered = new ArrayList<>();

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String initial) {
        questions.add(title + ": " + message);
        choicesOffered.add(List.copyOf(choices));
        return Optional.ofNullable(choiceAnswer);
    }
}
