package app.rapport.cli;

import app.rapport.letters.LabelLayout;
import app.rapport.model.ExplainedException;
import app.rapport.service.ContactImportService;
import app.rapport.service.DuplicatePolicy;
import app.rapport.service.SalesImportService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that take one of a few values. A value that is none of them is a usage error (exit
 * 2) that lists them, caught while the arguments are read, before any work.
 */
final class Choices {
    private Choices() {
    }

    /** "x" is not one of a, b or c. */
    static TypeConversionException notOneOf(String value, List<String> choices) {
        String listed = choices.size() == 1 ? choices.get(0)
                : String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
        return new TypeConversionException("\"" + Terminal.safe(value) + "\" is not one of " + listed);
    }

    private static <T> T pick(String value, T[] values, Function<T, String> name) {
        for (T v : values) {
            if (name.apply(v).equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        throw notOneOf(value, Arrays.stream(values).map(name).toList());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** {@code --preset google|outlook|rapport|generic}, kept as the name. */
    static final class Preset implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return pick(value, ContactImportService.presetNames().toArray(String[]::new), name -> name);
        }
    }

    /** {@code --duplicates skip|merge|add}. */
    static final class Duplicates implements ITypeConverter<DuplicatePolicy> {
        @Override
        public DuplicatePolicy convert(String value) {
            return pick(value, DuplicatePolicy.values(), Choices::lower);
        }
    }

    /** {@code import-sales --preset shopify|square|generic}, kept as the name. */
    static final class SalesPreset implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return pick(value, SalesImportService.presetNames().toArray(String[]::new), name -> name);
        }
    }

    /** {@code --new-clients add|skip}. */
    static final class NewClients implements ITypeConverter<SalesImportService.NewClients> {
        @Override
        public SalesImportService.NewClients convert(String value) {
            return pick(value, SalesImportService.NewClients.values(), Choices::lower);
        }
    }

    /** {@code --date-order dmy|mdy}, kept as the name. */
    static final class DateOrder implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return pick(value, SalesImportService.dateOrderNames().toArray(String[]::new), name -> name);
        }
    }

    /** {@code --layout avery-5160|avery-l7160}, kept as the id the command looks up. */
    static final class Layout implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return pick(value, LabelLayout.values(), LabelLayout::id).id();
        }
    }

    /** {@code --encoding E}: any encoding Java knows; the message of an unknown one lists the useful ones. */
    static final class Encoding implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return ContactImportService.encoding(value);
            } catch (ExplainedException e) {
                throw new TypeConversionException(Terminal.safe(e.getMessage()));
            }
        }
    }
}
