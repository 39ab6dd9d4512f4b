package app.rapport.service.demo;

/** The sample book's ids: clients {@code c-0001}, interactions {@code i-000001}; longer numbers just grow. */
final class SampleIds {
    private SampleIds() {
    }

    static String client(long number) {
        return padded("c-", number, 4);
    }

    static String interaction(long number) {
        return padded("i-", number, 6);
    }

    private static String padded(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
