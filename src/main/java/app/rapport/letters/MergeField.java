package app.rapport.letters;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The allow-list of merge fields a template may use, written {@code {{key}}}. */
public enum MergeField {
    CLIENT_FIRST_NAME("client.firstName", "first name"),
    CLIENT_LAST_NAME("client.lastName", "last name"),
    CLIENT_DISPLAY_NAME("client.displayName", "name"),
    CLIENT_GREETING_NAME("client.greetingName", "first name, or the name"),
    CLIENT_COMPANY("client.company", "company"),
    CLIENT_TITLE("client.title", "job title"),
    CLIENT_ADDRESS("client.address", "address"),
    LAST_PURCHASE_SUMMARY("lastPurchase.summary", "last purchase"),
    LAST_PURCHASE_DATE("lastPurchase.date", "date of the last purchase"),
    LAST_PURCHASE_AMOUNT("lastPurchase.amount", "amount of the last purchase"),
    REFERRED_NAME("referred.name", "client they referred"),
    CLIENT_SINCE_YEARS("clientSince.years", "years as a client"),
    CLIENT_SINCE_DATE("clientSince.date", "client since"),
    BUSINESS_NAME("business.name", "business name"),
    BUSINESS_ADDRESS("business.address", "business address"),
    BUSINESS_PHONE("business.phone", "business phone"),
    BUSINESS_SIGNATURE("business.signature", "signature"),
    OWNER_NAME("owner.name", "owner's name"),
    TODAY("today", "today's date");

    private static final Map<String, MergeField> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MergeField::key, Function.identity()));

    private final String key;
    private final String label;

    MergeField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name between the braces, e.g. {@code client.firstName}. */
    public String key() {
        return key;
    }

    /** What the field holds, in words, for warnings. */
    public String label() {
        return label;
    }

    /** The field as written in a template. */
    public String token() {
        return "{{" + key + "}}";
    }

    /** The field for a key, matched exactly (keys are case-sensitive). */
    public static Optional<MergeField> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
