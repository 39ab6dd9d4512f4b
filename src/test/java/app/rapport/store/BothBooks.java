package app.rapport.store;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs an {@link OnBothBooks} test once for each {@link Dialect}, with a {@link TestBook} of that dialect. */
final class BothBooks implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Dialect.values()).map(BothBooks::on);
    }

    private static TestTemplateInvocationContext on(Dialect dialect) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return dialect == Dialect.SQLITE ? "on an SQLite book" : "on a team book (PostgreSQL)";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Books(dialect));
            }
        };
    }

    /** Gives the test and its set-up one book, made when first asked for and thrown away after the test. */
    private record Books(Dialect dialect) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestBook.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getStore(ExtensionContext.Namespace.create(BothBooks.class));
            return store.getOrComputeIfAbsent(TestBook.class, k -> new Opened(TestBook.of(dialect)), Opened.class)
                    .book();
        }
    }

    /** A book JUnit closes once the test is over. */
    private record Opened(TestBook book) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            book.close();
        }
    }
}
