package app.rapport.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A store test that runs twice: on a new SQLite book and on a new team book (PostgreSQL). The test
 * and its {@code @BeforeEach} methods take the book as a {@link TestBook} parameter; it is closed and
 * thrown away after the test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothBooks.class)
@interface OnBothBooks {
}
