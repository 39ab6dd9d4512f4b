package app.rapport.store;

import java.sql.Connection;

/** The repositories of one book, in the transaction open on {@code connection}, speaking {@code dialect}. */
record SqlBookTx(Connection connection, Dialect dialect) implements BookTx {
    @Override
    public ClientRepository clients() {
        return new SqlClientRepository(connection, dialect);
    }

    @Override
    public InteractionRepository interactions() {
        return new SqlInteractionRepository(connection, dialect);
    }

    @Override
    public SettingsRepository settings() {
        return new SqlSettingsRepository(connection);
    }

    @Override
    public FollowUpRepository followUps() {
        return new SqlFollowUpRepository(connection, dialect);
    }

    @Override
    public DecisionRepository decisions() {
        return new SqlDecisionRepository(connection);
    }

    @Override
    public FactsRepository facts() {
        return new SqlFactsRepository(connection, dialect);
    }

    @Override
    public LetterRepository letters() {
        return new SqlLetterRepository(connection);
    }

    @Override
    public AgendaSnapshotRepository agendaSnapshots() {
        return new SqlAgendaSnapshotRepository(connection, dialect);
    }

    @Override
    public InsightRepository insights() {
        return new SqlInsightRepository(connection, dialect);
    }
}
