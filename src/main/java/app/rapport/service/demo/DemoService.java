package app.rapport.service.demo;

import app.rapport.model.Business;
import app.rapport.service.ServiceException;
import app.rapport.store.BookStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sample books: fills an empty book with realistic clients, about three years of their contacts
 * and the owner's decisions about their follow-ups, as an owner who works the list every work day
 * would leave them.
 */
public final class DemoService {
    public static final int MAX_CLIENTS = 1_000_000;
    public static final String BOOK_NOT_EMPTY = "The book already has clients; a sample book can only fill an empty "
            + "one.";
    public static final String CLIENTS_OUT_OF_RANGE = "Choose between 1 and 1,000,000 sample clients.";
    /** Clients written per batch: their interactions (about 20 each) are held in memory meanwhile. */
    static final int CHUNK_CLIENTS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

    private final BookStore store;
    private final int chunkClients;
    private final ZoneId zone;

    /** The sample book's sender, so that its letters and envelopes print as a real owner's would. */
    public static final Business SAMPLE_BUSINESS = new Business("Harbour Lane Bakery", "Marta Ruiz",
            "4 Harbour Lane\nSpringfield, IL 62701", "+1 555 0199", "Warm regards,\nMarta");

    /** The owner's decisions in the sample book are timed in {@code zone}, the owner's (the clock's). */
    public DemoService(BookStore store, ZoneId zone) {
        this(store, CHUNK_CLIENTS, zone);
    }

    /** With smaller chunks, for tests of books that span several. */
    DemoService(BookStore store, int chunkClients, ZoneId zone) {
        this.store = store;
        this.chunkClients = chunkClients;
        this.zone = zone;
    }

    /**
     * Fills an EMPTY book, in one transaction: the same {@code seed}, {@code clients} and
     * {@code asOf} always give the same book; nothing in it is later than {@code asOf}.
     *
     * @throws ServiceException when the book already has clients, or {@code clients} is not
     *         between 1 and 1,000,000; the book is then left as it was
     */
    public DemoResult fill(int clients, long seed, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new ServiceException(CLIENTS_OUT_OF_RANGE);
        }
        SampleBookGenerator generator = new SampleBookGenerator(seed, clients, asOf, zone);
        DemoResult result = store.write(tx -> {
            if (tx.clients().count() > 0) {
                throw new ServiceException(BOOK_NOT_EMPTY);
            }
            long[] interactions = {0};
            generator.generate(chunkClients, chunk -> {
                tx.clients().insertAll(chunk.clients());
                tx.interactions().insertAll(chunk.interactions());
                tx.decisions().insertAll(chunk.decisions());
                interactions[0] += chunk.interactions().size();
            });
            tx.clients().refreshContactDates();
            if (!tx.settings().isCustomised()) {
                tx.settings().save(tx.settings().load().withBusiness(SAMPLE_BUSINESS));
            }
            return new DemoResult(clients, interactions[0]);
        });
        LOG.info("Wrote a sample book of {} clients and {} interactions (seed {}, as of {}) to {}",
                result.clients(), result.interactions(), seed, asOf, store.describe());
        return result;
    }
}
