package app.rapport.service;

import app.rapport.io.contacts.ContactField;
import app.rapport.io.contacts.ContactRecord;
import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.CsvPreset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A file read, before duplicates are decided: its contacts and the problems met so far. */
public record ContactFile(Path file, boolean vcard, CsvContacts.Table table, CsvPreset preset,
        List<CsvPreset.Column> mapping, List<ContactRecord> contacts, List<String> problems) {
    /** What was read, in words: "Read 120 rows as Google Contacts." or "Read 12 cards." */
    public String describe() {
        return vcard ? "Read " + contacts.size() + (contacts.size() == 1 ? " card." : " cards.")
                : "Read " + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows") + " as "
                + preset.label() + ".";
    }

    public int contactCount() {
        return contacts.size();
    }

    /** The CSV's headers (empty for vCards). */
    public List<String> headers() {
        return vcard ? List.of() : table.headers();
    }

    /** The first rows, as the mapping step previews them. */
    public List<List<String>> previewRows() {
        return vcard ? List.of() : table.preview().stream().map(CsvContacts.Row::cells).toList();
    }

    /** Each column's field, in words (see {@link ContactImportService#fieldChoices()}). */
    public List<String> mappingLabels() {
        return mapping.stream().map(c -> c.field().label()).toList();
    }

    public String presetLabel() {
        return preset == null ? "" : preset.label();
    }

    /** The same CSV with the fields chosen for its columns, in words. */
    public ContactFile remapByLabels(List<String> labels) {
        List<CsvPreset.Column> columns = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : ContactField.IGNORE.label();
            ContactField field = Arrays.stream(ContactField.values()).filter(f -> f.label().equals(label)).findFirst()
                    .orElse(ContactField.IGNORE);
            columns.add(new CsvPreset.Column(field, field == mapping.get(i).field() ? mapping.get(i).addressGroup()
                    : 0));
        }
        return remap(columns);
    }

    /** The same CSV read with another preset (by its label). */
    public ContactFile withPreset(String label) {
        CsvPreset p = Arrays.stream(CsvPreset.values()).filter(x -> x.label().equals(label)).findFirst()
                .orElse(CsvPreset.GENERIC);
        List<String> problems = new ArrayList<>(table.problems());
        List<CsvPreset.Column> m = CsvContacts.mapping(p, table.headers());
        return new ContactFile(file, false, table, p, m, CsvContacts.contacts(table, m, p, problems), problems);
    }

    /** The same CSV with another column mapping (the mapping step). */
    public ContactFile remap(List<CsvPreset.Column> newMapping) {
        List<String> p = new ArrayList<>(table.problems());
        return new ContactFile(file, false, table, preset, List.copyOf(newMapping),
                CsvContacts.contacts(table, newMapping, preset, p), p);
    }
}
