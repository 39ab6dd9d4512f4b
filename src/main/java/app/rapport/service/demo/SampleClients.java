package app.rapport.service.demo;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.service.demo.SampleNames.Culture;
import app.rapport.service.demo.SamplePlaces.Country;
import app.rapport.service.demo.SamplePlaces.Town;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Makes one sample client: a person, a company or both, with what a small business knows of them. */
final class SampleClients {
    private static final List<String> BUSINESS_TAGS = List.of("wholesale", "corporate", "catering", "cafe-partner",
            "events", "regular-order");

    private final LocalDate asOf;

    SampleClients(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** What the generator has already decided about the client. */
    record Facts(String id, LocalDate since, String tier, String referredBy, boolean doNotContact,
            boolean archived) {
    }

    Client make(SplittableRandom random, Facts facts) {
        Culture culture = SampleNames.culture(random);
        Country country = SampleContacts.country(random);
        Town town = Pick.one(random, country.towns());
        boolean hasCompany = Pick.chance(random, 0.25);
        boolean companyOnly = hasCompany && Pick.chance(random, 0.2);
        String first = companyOnly ? "" : Pick.one(random, culture.first());
        String last = companyOnly ? "" : Pick.one(random, culture.last());
        String company = hasCompany ? company(random, culture, town) : "";
        String title = hasCompany ? (Pick.chance(random, 0.8) ? Pick.one(random, SampleWords.TITLES) : "") : "";
        List<String> emails = Pick.chance(random, 0.88)
                ? SampleContacts.emails(random, first, last, company) : List.of();
        List<String> phones = Pick.chance(random, 0.9) ? SampleContacts.phones(random, country, town) : List.of();
        Address address = Pick.chance(random, 0.88)
                ? SampleContacts.address(random, country, town, hasCompany) : Address.EMPTY;
        Birthday birthday = !companyOnly && Pick.chance(random, 0.84) ? birthday(random) : null;
        Channel channel = channel(random, !phones.isEmpty(), !emails.isEmpty(), !address.isEmpty(), hasCompany);
        String notes = Pick.chance(random, 0.2) ? notes(random, channel) : "";
        return new Client(facts.id(), first, last, company, title, emails, phones, address, birthday,
                facts.since(), facts.since().atTime(10, 0).toInstant(ZoneOffset.UTC), facts.tier(),
                tags(random, hasCompany), facts.referredBy(), channel, facts.doNotContact(), facts.archived(), notes);
    }

    private static String company(SplittableRandom random, Culture culture, Town town) {
        if (Pick.chance(random, 0.6)) {
            return Pick.one(random, SampleWords.COMPANIES);
        }
        String name = Pick.chance(random, 0.6) ? Pick.one(random, culture.last()) : town.city();
        return name + " " + Pick.one(random, SampleWords.COMPANY_ENDINGS);
    }

    /** About one birthday in a hundred on 29 February; a bit over half with the year. */
    private Birthday birthday(SplittableRandom random) {
        boolean leapDay = Pick.chance(random, 0.01);
        MonthDay day = leapDay ? MonthDay.of(2, 29)
                : MonthDay.from(LocalDate.ofYearDay(2025, Pick.between(random, 1, 365)));
        if (!Pick.chance(random, 0.55)) {
            return Birthday.of(day);
        }
        int year = asOf.getYear() - Pick.between(random, 18, 85);
        while (leapDay && !Year.isLeap(year)) {
            year--;
        }
        return Birthday.of(day.atYear(year));
    }

    private static List<String> tags(SplittableRandom random, boolean business) {
        double roll = random.nextDouble();
        int count = roll < 0.3 ? 0 : roll < 0.7 ? 1 : roll < 0.92 ? 2 : 3;
        List<String> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> from = business && i == 0 && Pick.chance(random, 0.7) ? BUSINESS_TAGS : SampleWords.TAGS;
            String tag = Pick.one(random, from);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Now and then a note on how the client likes to hear from the shop, which their channel bears out. */
    private static String notes(SplittableRandom random, Channel channel) {
        String how = channel == null ? null : SampleWords.CHANNEL_NOTES.get(channel);
        return how != null && Pick.chance(random, 0.2) ? how : Pick.one(random, SampleWords.CLIENT_NOTES);
    }

    /** A way the client may prefer, as likely as its weight when the owner has the details it needs. */
    private record Way(Channel channel, int weight) {
    }

    /**
     * Mostly a call; some prefer an email, a note or, for a business, a visit; a few never said.
     * Only a way the owner has the details for: a call needs a phone number, an email an email
     * address, a note a postal address, a visit the business's address.
     */
    private static Channel channel(SplittableRandom random, boolean phone, boolean email, boolean address,
            boolean business) {
        List<Way> ways = new ArrayList<>(5);
        ways.add(new Way(null, 5));
        if (phone) {
            ways.add(new Way(Channel.CALL, 62));
        }
        if (email) {
            ways.add(new Way(Channel.EMAIL, 15));
        }
        if (address) {
            ways.add(new Way(Channel.NOTE, 12));
        }
        if (address && business) {
            ways.add(new Way(Channel.VISIT, 24));
        }
        return Pick.weighted(random, ways, Way::weight).channel();
    }
}
