package app.rapport.store;

/** The repositories of one book, bound to one transaction. */
public interface BookTx {
    ClientRepository clients();

    InteractionRepository interactions();

    SettingsRepository settings();

    FollowUpRepository followUps();

    DecisionRepository decisions();

    FactsRepository facts();

    LetterRepository letters();

    AgendaSnapshotRepository agendaSnapshots();

    InsightRepository insights();
}
